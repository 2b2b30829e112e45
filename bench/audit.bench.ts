import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src/main/app/create-core';
import { benchCore, finishSeeding, insertRows, removeBenchData } from './engine';
import { foldVietnamese } from '../src/shared/text';
import { defineBenchmark, timeMs } from './types';

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
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const name = `${NAMES[i % NAMES.length]} ${i}`;
    const before = { fullName: name, awardForm: 'Giấy khen', status: 'de_nghi' };
    const after = { ...before, status: 'duoc_duyet' };
    const operator = i % 2 === 0 ? 'Lê Thị Hoa – Văn phòng' : 'Trần Minh Đức – Ban Thi đua';
    const json = [JSON.stringify(before), JSON.stringify(after)];
    return {
      at: new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(),
      conference_id: (i % CONFERENCES) + 1,
      entity: 'nominee',
      entity_id: i + 1,
      action: 'award',
      detail: name,
      before: json[0] ?? null,
      after: json[1] ?? null,
      operator,
      // As appendAudit writes it.
      search: foldVietnamese(`${name} ${operator} ${json.join(' ')}`),
    };
  });
  await insertRows(core.context.store, 'audit_log', rows);
  await finishSeeding(core.context.store);
  return { dir, core };
}

async function closeCore({ dir, core }: AuditState): Promise<void> {
  await core.close();
  await removeBenchData(dir);
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
