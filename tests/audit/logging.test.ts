import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsOf, isJobMethod } from '../../src/main/logging/jobs';
import { createFileLogger, LOG_FILE, logsDir, rotateLogFiles } from '../../src/main/logging/logger';
import { foldVietnamese } from '../../src/shared/text';
import { call, callError, conferenceInput, useCores, useTempDir, nomineeItems } from '../helpers';
import { IMPORTED_NAMES, openImport } from './seed';
import { failInserts } from '../db-access';

const allLogs = (dataDir: string): string =>
  readdirSync(logsDir(dataDir))
    .sort()
    .map((name) => readFileSync(join(logsDir(dataDir), name), 'utf8'))
    .join('\n');

describe('log files', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('rotate by size, keeping the given number of files, newest lines in hoi-nghi.log', () => {
    const logger = createFileLogger(dir(), { maxBytes: 2_000, keep: 3 });
    for (let i = 0; i < 300; i++) {
      logger.job({ method: 'exports.honoreeList', ms: i, ok: true, counts: { rows: i } });
    }
    const files = readdirSync(logsDir(dir())).sort();
    expect(files).toEqual(['hoi-nghi.1.log', 'hoi-nghi.2.log', LOG_FILE]);
    for (const name of files) {
      // A file is rotated once past the limit: at most one line over it.
      expect(readFileSync(join(logsDir(dir()), name)).length).toBeLessThan(2_200);
    }
    const current = readFileSync(logger.file, 'utf8');
    expect(current).toContain('job exports.honoreeList ok 299 ms rows=299');
    // 300 lines of ~80 bytes make ~24 kB: the first ones are long gone.
    expect(allLogs(dir())).not.toMatch(/ 0 ms rows=0\n/);
  });

  it.each([
    [1, ['hoi-nghi.log'], []],
    [2, ['hoi-nghi.log', 'hoi-nghi.1.log'], ['hoi-nghi.1.log']],
    [3, ['hoi-nghi.log', 'hoi-nghi.1.log'], ['hoi-nghi.1.log', 'hoi-nghi.2.log']],
    [3, ['hoi-nghi.log', 'hoi-nghi.1.log', 'hoi-nghi.2.log'], ['hoi-nghi.1.log', 'hoi-nghi.2.log']],
  ] as const)('rotation keeping %i file(s) turns %j into %j', (keep, present, expected) => {
    const folder = dir();
    for (const name of present) writeFileSync(join(folder, name), name);
    rotateLogFiles(join(folder, LOG_FILE), keep);
    expect(readdirSync(folder).sort()).toEqual([...expected].sort());
    // Each file moved one place down: hoi-nghi.1.log now holds what hoi-nghi.log held.
    if (expected.length > 0)
      expect(readFileSync(join(folder, 'hoi-nghi.1.log'), 'utf8')).toBe('hoi-nghi.log');
  });

  it('hold job timings and errors, and never the names in the data', async () => {
    const logger = createFileLogger(dir());
    const core = await openCore({ dataDir: dir(), log: logger.error, logJob: logger.job });
    const conference = await call(
      core,
      'conferences.create',
      conferenceInput({ title: 'Hội nghị biểu dương Phường Sông Trí' }),
    );
    const preview = await openImport(core, conference.id);
    expect(preview.rows.map((r) => r.fullName)).toEqual(IMPORTED_NAMES);
    await call(core, 'imports.commit', { importId: preview.importId });
    const { rows } = await call(core, 'nominees.list', { conferenceId: conference.id });
    await call(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(
        core,
        rows.map((n) => n.id),
      ),
      set: { status: 'duoc_duyet' },
    });
    const options = await call(core, 'exports.listDefaults', { conferenceId: conference.id });
    await call(core, 'exports.honoreeList', { conferenceId: conference.id, format: 'xlsx', options });
    await call(core, 'audit.export', {});
    // An unexpected failure: the log gets its method and stack.
    await failInserts(core.context.store, 'audit_log', 'audit refused');
    expect((await callError(core, 'registers.create', { name: 'Sổ vàng', nextNumber: 1 })).code).toBe(
      'INTERNAL',
    );

    const text = allLogs(dir());
    expect(text).toMatch(/job imports\.open ok \d+ ms .*rows=3/);
    expect(text).toMatch(/job imports\.commit ok \d+ ms .*created=3/);
    expect(text).toMatch(/job exports\.honoreeList ok \d+ ms .*rows=3/);
    expect(text).toMatch(/job audit\.export ok \d+ ms .*rows=\d+/);
    expect(text).toContain('Lỗi khi xử lý registers.create');
    expect(text).toContain('audit refused');
    // Quick reads are not jobs: they stay out of the log.
    expect(text).not.toContain('exports.listDefaults');
    const folded = foldVietnamese(text);
    for (const name of [...IMPORTED_NAMES, 'Phường Sông Trí', 'Sổ vàng']) {
      expect(text).not.toContain(name);
      expect(folded).not.toContain(foldVietnamese(name));
    }
    expect(text).not.toContain('danh-sach-phuong-song-tri');
  });

  it('count only numbers from a result, and know the jobs by name', () => {
    expect(
      countsOf({ rows: 3, fileName: 'Đinh Thị Thơm.xlsx', bytes: 4096, sheets: ['a', 'b'], n: NaN }),
    ).toEqual({ rows: 3, bytes: 4096, sheets: 2 });
    expect(countsOf(null)).toEqual({});
    expect(countsOf('Đinh Thị Thơm')).toEqual({});
    expect(
      ['exports.pollResults', 'imports.commit', 'certificates.print', 'audit.export'].map(isJobMethod),
    ).toEqual([true, true, true, true]);
    expect(
      ['nominees.list', 'certificates.preview', 'audit.list', 'exports.listDefaults'].map(isJobMethod),
    ).toEqual([false, false, false, false]);
  });

  it('creates no folder until something is written', () => {
    createFileLogger(dir());
    expect(existsSync(logsDir(dir()))).toBe(false);
  });
});
