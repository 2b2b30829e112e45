// @engine sqlite: a data folder SQLite cannot write its file and journal into.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { appErrorOf, call, conferenceInput } from '../helpers';
import { canMountHere, mountTmpfs, remountReadOnly, unmount } from '../mounts';

// Root ignores a folder's permissions, so as root a read-only folder is a tmpfs remounted `ro`
// (which needs the right to mount); as anyone else it is a folder with mode 0555.
const asRoot = process.getuid?.() === 0;
const canMakeReadOnly = !asRoot || canMountHere();
if (!canMakeReadOnly) {
  console.log(
    'read-only-dir.test: running as root without the right to mount, a read-only folder cannot be made',
  );
}

describe.runIf(canMakeReadOnly)('a data folder that cannot be written', () => {
  let dir = '';
  let mounted = false;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-ro-'));
    mounted = asRoot && mountTmpfs(dir, '10m');
    if (asRoot) expect(mounted).toBe(true);
  });
  afterEach(() => {
    if (mounted) unmount(dir);
    else chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  const makeReadOnly = () => {
    if (asRoot) expect(remountReadOnly(dir)).toBe(true);
    else chmodSync(dir, 0o555);
  };

  it('is reported as read-only, naming the folder, when it is empty', async () => {
    makeReadOnly();
    const error = await appErrorOf(createCore({ dataDir: dir, log: () => undefined }));
    expect(error.code).toBe('DATA_DIR_READONLY');
    expect(error.message).toContain(dir);
    expect(error.message).not.toContain('bị hỏng');
  });

  it('is reported as read-only when it holds a sound database', async () => {
    const core = await createCore({ dataDir: dir, log: () => undefined });
    await call(core, 'conferences.create', conferenceInput());
    await core.close();
    makeReadOnly();
    const error = await appErrorOf(createCore({ dataDir: dir, log: () => undefined }));
    expect(error.code).toBe('DATA_DIR_READONLY');
    expect(error.message).toContain(dir);
  });

  it('says clearly that a missing folder cannot be made on a read-only disk', async () => {
    makeReadOnly();
    const missing = join(dir, 'Hội nghị', 'dữ liệu');
    const error = await appErrorOf(createCore({ dataDir: missing, log: () => undefined }));
    expect(error.code).toBe('DATA_DIR_READONLY');
    expect(error.message).toContain(missing);
  });
});
