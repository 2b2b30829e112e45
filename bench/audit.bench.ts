import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../src/main/app/create-core';
import { foldVietnamese } from '../src/shared/text';
import { defineBenchmark, timeMs } from './types';
import { rawSqlite } from '../src/main/db/open';

/**
 * The audit log of a secretariat after years of use: 50,000 rows over five conferences, each
 * with before and after values naming nominees. Reading a page, searching the words of every
 * row (accents folded on the fly), and exporting one conference's 10,000 rows.
 */

const ROWS = 50_000;
const CONFERENCES = 5;
const NAMES = ['Đinh Thị Thơm', 'Phạm Văn Hải', 'Lê Thị Kim Liên', 'Nguyễn Văn Mến', 'Huỳnh Thị Thủy'];

interface AuditState {
  dir: string;
  core: Core;
}

async function seededCore(): Promise<AuditState> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-audit-'));
  const core = await createCore({ dataDir: dir, log: () => undefined });
  const sqlite = rawSqlite(core.context.store);
  const insert = sqlite.prepare(
    `insert into audit_log (at, conference_id, entity, entity_id, action, detail, before, after, operator, search)
     values (?, ?, 'nominee', ?, 'award', ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const name = `${NAMES[i % NAMES.length]} ${i}`;
      const before = { fullName: name, awardForm: 'Giấy khen', status: 'de_nghi' };
      const after = { ...before, status: 'duoc_duyet' };
      const operator = i % 2 === 0 ? 'Lê Thị Hoa – Văn phòng' : 'Trần Minh Đức – Ban Thi đua';
      const json = [JSON.stringify(before), JSON.stringify(after)];
      insert.run(
        new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(),
        (i % CONFERENCES) + 1,
        i + 1,
        name,
        ...json,
        operator,
        // As appendAudit writes it.
        foldVietnamese(`${name} ${operator} ${json.join(' ')}`),
      );
    }
  })();
  return { dir, core };
}

async function closeCore({ dir, core }: AuditState): Promise<void> {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}

async function dispatched(core: Core, method: string, input: unknown): Promise<void> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
}

export const auditBenchmarks = [
  defineBenchmark<AuditState>({
    name: 'audit_list_page_50k_ms',
    unit: 'ms',
    setup: seededCore,
    run: ({ core }) => timeMs(() => dispatched(core, 'audit.list', { page: 20, pageSize: 50 })),
    teardown: closeCore,
  }),
  defineBenchmark<AuditState>({
    name: 'audit_list_text_50k_ms',
    unit: 'ms',
    setup: seededCore,
    run: ({ core }) => timeMs(() => dispatched(core, 'audit.list', { text: 'dinh thi thom 4995' })),
    teardown: closeCore,
  }),
  defineBenchmark<AuditState>({
    name: 'audit_export_10k_ms',
    unit: 'ms',
    setup: seededCore,
    run: ({ core }) => timeMs(() => dispatched(core, 'audit.export', { conferenceId: 1 })),
    teardown: closeCore,
  }),
];
