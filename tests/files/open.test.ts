import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShellServices } from '../../src/main/core/context';
import { call, callError, useCores, useTempDir } from '../helpers';
import { countedPoll, seedWorld } from '../audit/seed';

/** What a written file's answer holds: where it is and its handle, never its bytes. */
const WRITTEN_KEYS = ['fileName', 'handle', 'path', 'rows', 'size'];

describe('written files, opened where they are', () => {
  const dir = useTempDir();
  const openCore = useCores();

  const withShell = async (shell: ShellServices = {}) => {
    const core = await openCore({ dataDir: dir(), shell });
    const world = await seedWorld(core);
    return { core, world };
  };

  it('writes the ballots and the minutes into the exports folder and answers with a handle', async () => {
    const { core, world } = await withShell();
    const poll = await countedPoll(core, world);
    for (const file of [
      await call(core, 'polls.ballotsPdf', { id: poll.id, copies: 3 }),
      await call(core, 'polls.minutesPdf', { id: poll.id }),
    ]) {
      expect(Object.keys(file).sort()).toEqual(WRITTEN_KEYS);
      expect(dirname(file.path)).toBe(core.context.exportsDir);
      expect(file.fileName).toMatch(/^(Phiếu bầu|Biên bản kiểm phiếu) - Bình xét Giấy khen\.pdf$/);
      const bytes = readFileSync(file.path);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(file.size).toBe(bytes.length);
      expect(core.context.files.find(file.handle)?.path).toBe(file.path);
    }
  });

  it('opens and shows the very file the core wrote, found by its handle', async () => {
    const opened: string[] = [];
    const revealed: string[] = [];
    const { core } = await withShell({
      openFile: (path) => Promise.resolve(void opened.push(path)),
      revealFile: (path) => Promise.resolve(void revealed.push(path)),
    });
    const file = await call(core, 'audit.export', {});
    expect(await call(core, 'files.open', { handle: file.handle })).toEqual({
      opened: true,
      path: file.path,
    });
    // As often as the user clicks: opening is not a download.
    await call(core, 'files.open', { handle: file.handle });
    expect(await call(core, 'files.reveal', { handle: file.handle })).toEqual({
      opened: true,
      path: file.path,
    });
    expect(opened).toEqual([file.path, file.path]);
    expect(revealed).toEqual([file.path]);
  });

  it('shows the folder when the shell cannot select a file in it', async () => {
    const folders: string[] = [];
    const { core } = await withShell({ openFolder: (path) => Promise.resolve(void folders.push(path)) });
    const file = await call(core, 'audit.export', {});
    expect(await call(core, 'files.reveal', { handle: file.handle })).toEqual({
      opened: true,
      path: file.path,
    });
    expect(folders).toEqual([core.context.exportsDir]);
  });

  it('says so when the shell cannot open files (the web host), opening nothing', async () => {
    const { core } = await withShell();
    const file = await call(core, 'audit.export', {});
    expect(await call(core, 'files.open', { handle: file.handle })).toEqual({
      opened: false,
      path: file.path,
    });
    expect(await call(core, 'files.reveal', { handle: file.handle })).toEqual({
      opened: false,
      path: file.path,
    });
  });

  it('refuses a handle it did not give, and anything shaped like a path', async () => {
    const opened: string[] = [];
    const { core } = await withShell({ openFile: (path) => Promise.resolve(void opened.push(path)) });
    const secret = join(dir(), 'hoi-nghi.sqlite');
    const unknown = await callError(core, 'files.open', { handle: 'A'.repeat(24) });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/Hãy xuất lại/);
    for (const handle of [secret, '../hoi-nghi.sqlite', 'C:\\Windows\\notepad.exe', '', 'ngắn']) {
      expect((await callError(core, 'files.open', { handle })).code).toBe('VALIDATION');
    }
    expect((await callError(core, 'files.open', { path: secret })).code).toBe('VALIDATION');
    expect(opened).toEqual([]);
  });

  it('says what to do when the system has no program for the file', async () => {
    const { core } = await withShell({ openFile: () => Promise.reject(new Error('No application')) });
    const file = await call(core, 'audit.export', {});
    const error = await callError(core, 'files.open', { handle: file.handle });
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain('Mở thư mục');
  });

  it('says plainly when the file was deleted or moved since', async () => {
    const opened: string[] = [];
    const { core } = await withShell({ openFile: (path) => Promise.resolve(void opened.push(path)) });
    const file = await call(core, 'audit.export', {});
    rmSync(file.path);
    expect(existsSync(file.path)).toBe(false);
    const error = await callError(core, 'files.open', { handle: file.handle });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain(file.fileName);
    expect(opened).toEqual([]);
  });
});
