import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOptionsRecord } from '../../src/shared/exports';
import { failInserts } from '../db-access';
import { call, callError, TEST_ENGINE, useCores, useTempDir } from '../helpers';
import { honoreeList } from '../crash/list-file';
import { APP_WORKER, openedImport, sourceWorker } from './helpers';

const OPTIONS = listOptionsRecord.parse({ statuses: ['de_nghi'] });

// Each job starts a worker that compiles the TypeScript sources through tsx (seconds on a busy
// machine), which the built app does not; hence the longer timeout.
describe('long jobs in the job worker', { timeout: 60_000 }, () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('commits an import on the worker’s own connection: rows, search index and audit entry', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 300);
    const result = await call(core, 'imports.commit', { importId: preview.importId, rememberMapping: true });
    expect(result).toMatchObject({ created: 300, conferenceId: conference.id, unitsCreated: 4 });
    // Seen at once by the core's read-only connection, and searchable.
    const page = await call(core, 'nominees.list', { conferenceId: conference.id, search: 'nguyen van tho' });
    expect(page.counts.total).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.fullName.startsWith('Nguyễn Văn Thơm'))).toBe(true);
    const audit = await call(core, 'audit.list', { conferenceId: conference.id, page: 1, pageSize: 10 });
    expect(audit.entries.filter((e) => e.entity === 'import')).toHaveLength(1);
  });

  it('writes nothing when the commit fails in the worker', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 50);
    await failInserts(core.context.store, 'nominees', 'injected failure', { when: 'new.source_row = 40' });
    expect((await callError(core, 'imports.commit', { importId: preview.importId })).code).toBe('INTERNAL');
    const page = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(page.counts.total).toBe(0);
  });

  it('refuses in the worker the rows already listed, with their numbers, and writes nothing', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 20);
    await call(core, 'imports.commit', { importId: preview.importId });
    const again = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'danh-sach.xlsx',
      contentBase64: (await honoreeList(20)).toString('base64'),
    });
    const error = await callError(core, 'imports.commit', { importId: again.importId });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ rows: again.rows.map((r) => r.rowNumber) });
    const page = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(page.counts.total).toBe(20);
  });

  it('draws the honoree list in the worker and puts it in place', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 120);
    await call(core, 'imports.commit', { importId: preview.importId });
    const input = { conferenceId: conference.id, format: 'xlsx' as const, options: OPTIONS, fileName: '' };
    const file = await call(core, 'exports.honoreeList', input);
    expect(file).toMatchObject({ rows: 120 });
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(existsSync(file.path)).toBe(true);
    const pdf = await call(core, 'exports.honoreeList', { ...input, format: 'pdf' });
    expect(pdf.rows).toBe(120);
    // Nothing staged is left behind.
    expect(readdirSync(core.context.exportsDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('brings a refusal from the worker back with its code', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 20);
    await call(core, 'imports.commit', { importId: preview.importId });
    const input = { conferenceId: conference.id, format: 'xlsx' as const, options: OPTIONS, fileName: '' };
    const empty = await callError(core, 'exports.honoreeList', {
      ...input,
      options: { ...OPTIONS, statuses: ['duoc_duyet'] },
    });
    expect(empty.code).toBe('EMPTY_SELECTION');
    expect(
      (await callError(core, 'exports.pollResults', { conferenceId: conference.id, format: 'xlsx' })).code,
    ).toBe('EMPTY_SELECTION');
  });

  it('copies a conference out to an archive and back in through the worker', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    const { conference, preview } = await openedImport(core, 30);
    await call(core, 'imports.commit', { importId: preview.importId });
    const file = await call(core, 'archive.export', { conferenceId: conference.id });
    expect(file.rows).toBe(30);
    const contentBase64 = readFileSync(file.path).toString('base64');
    const imported = await call(core, 'archive.import', { fileName: file.fileName, contentBase64 });
    expect(imported.conferenceId).not.toBe(conference.id);
    const page = await call(core, 'nominees.list', { conferenceId: imported.conferenceId, search: 'thom' });
    expect(page.counts.total).toBeGreaterThan(0);
  });

  // Skipped on PostgreSQL: the app takes no copies of a server's data (tests/backups/server.test.ts).
  it.skipIf(TEST_ENGINE === 'postgres')('checks a backup copy in the worker', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(APP_WORKER) });
    await openedImport(core, 5);
    const backup = await call(core, 'backups.create', {});
    expect(backup.name).toMatch(/\.sqlite$/);
  });
});
