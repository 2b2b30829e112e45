import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOptionsRecord } from '../../src/shared/exports';
import { call, callError, useCores, useTempDir } from '../helpers';
import { APP_WORKER, openedImport, sourceWorker } from './helpers';

const OPTIONS = listOptionsRecord.parse({ statuses: ['de_nghi'] });

describe('long jobs in the job worker', () => {
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
    core.context.store.sqlite.exec(`
      create trigger fail_midway before insert on nominees when new.source_row = 40
      begin select raise(abort, 'injected failure'); end;`);
    expect((await callError(core, 'imports.commit', { importId: preview.importId })).code).toBe('INTERNAL');
    const page = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(page.counts.total).toBe(0);
  });

  it('draws the honoree list in the worker and puts it in place; its refusals keep their code', async () => {
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
    const empty = await callError(core, 'exports.honoreeList', {
      ...input,
      options: { ...OPTIONS, statuses: ['duoc_duyet'] },
    });
    expect(empty.code).toBe('EMPTY_SELECTION');
    expect(
      (await callError(core, 'exports.pollResults', { conferenceId: conference.id, format: 'xlsx' })).code,
    ).toBe('EMPTY_SELECTION');
  });
});
