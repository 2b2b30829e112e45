import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { rawSqlite } from '../src/main/db/open';
import { derivedColumns } from '../src/main/nominees/derive';
import type { Core } from '../src/main/app/create-core';

/**
 * The floor of an import: the same file through exceljs's streaming reader and one prepared
 * INSERT per row into the same schema (its indexes, the folded and sort-key columns, the
 * trigram index filled after the rows), in one transaction. No checks, no units, no audit:
 * what any import of these rows into this schema must at least cost.
 */
export async function floorImport(core: Core, conferenceId: number, base64: string): Promise<number> {
  const input = Readable.from([Buffer.from(base64, 'base64')]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const rows: { kind: 'ca_nhan' | 'tap_the'; values: string[] }[] = [];
  let kind: 'ca_nhan' | 'tap_the' = 'tap_the';
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v)));
      if (values[0] === 'II. CÁ NHÂN') kind = 'ca_nhan';
      if (typeof (row.values as unknown[])[1] === 'number') rows.push({ kind, values });
    }
  }
  const sqlite = rawSqlite(core.context.store);
  const insert = sqlite.prepare(`insert into nominees (conference_id, kind, full_name, position, achievement,
    status, search_folded, person_key, name_sort, position_sort, created_at, updated_at)
    values (?, ?, ?, ?, ?, 'de_nghi', ?, ?, ?, ?, ?, ?)`);
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    let first = 0;
    for (const { kind: rowKind, values } of rows) {
      const [, fullName = '', position = '', unitName = '', achievement = ''] = values;
      const d = derivedColumns({ kind: rowKind, fullName, position, achievement, unitName, unitId: null });
      const id = Number(
        insert.run(
          conferenceId,
          rowKind,
          fullName,
          position,
          achievement,
          d.search_folded,
          d.person_key,
          d.name_sort,
          d.position_sort,
          now,
          now,
        ).lastInsertRowid,
      );
      first ||= id;
    }
    sqlite
      .prepare(
        'insert into nominee_search (rowid, search_folded) select id, search_folded from nominees where id >= ?',
      )
      .run(first);
  })();
  return rows.length;
}
