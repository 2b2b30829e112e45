import type BetterSqlite3 from 'better-sqlite3';
import type { ArchiveImportResult } from '../../shared/archive';
import { formatTableDate } from '../../shared/dates';
import type { NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import { personKey } from '../nominees/derive';
import { summaryCounts } from './export';
import {
  matchAwardForms,
  matchRegisters,
  matchTemplates,
  matchUnits,
  type IdMap,
  type Row,
} from './match-shared';
import { inconsistent, type OpenedArchive } from './open-archive';
import { AUDIT_ENTITY_TABLES, OWNED_TABLES, type ArchivedTable } from './tables';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface ImportOptions {
  fileName: string;
  now: string;
}

/** Rows of a carried table in the archive; none when an older archive has no such table. */
function archivedRows(archive: OpenedArchive, table: string): Row[] {
  if (!archive.tables.has(table)) return [];
  return archive.sqlite.prepare(`select * from ${quote(table)} order by rowid`).all() as Row[];
}

function columnsOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return (sqlite.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name);
}

/** Changes to a row besides the id remapping: derived columns that contain ids, and a note. */
type RowFix = (row: Row, ids: ReadonlyMap<string, IdMap>) => void;

function fixes(options: ImportOptions): Record<string, RowFix> {
  return {
    conferences: (row) => {
      const note = `Nhập từ tệp “${options.fileName}” ngày ${formatTableDate(options.now.slice(0, 10))}.`;
      const notes = typeof row.notes === 'string' ? row.notes : '';
      row.notes = notes ? `${notes}\n${note}` : note;
      row.title_folded = foldVietnamese(String(row.title));
    },
    // The duplicate key names the unit by its id, which is this installation's now.
    nominees: (row) => {
      row.person_key = personKey(
        row.kind as NomineeKind,
        String(row.full_name),
        row.unit_id === null ? null : Number(row.unit_id),
      );
    },
    audit_log: (row, ids) => {
      const table = AUDIT_ENTITY_TABLES[String(row.entity)];
      const map = table ? ids.get(table) : undefined;
      // An id that cannot be translated would point at an unrelated local row: drop it.
      row.entity_id = row.entity_id === null ? null : (map?.get(Number(row.entity_id)) ?? null);
    },
    export_options: (row, ids) => {
      try {
        const options = JSON.parse(String(row.list_options)) as { awardFormIds?: unknown };
        const forms = ids.get('award_forms');
        if (Array.isArray(options.awardFormIds) && forms) {
          options.awardFormIds = options.awardFormIds
            .map((formId) => forms.get(Number(formId)))
            .filter((formId) => formId !== undefined);
          row.list_options = JSON.stringify(options);
        }
      } catch {
        // Options that do not parse are replaced by defaults when next read.
      }
    },
  };
}

function insertOwned(
  live: BetterSqlite3.Database,
  table: ArchivedTable,
  rows: Row[],
  ids: Map<string, IdMap>,
  fix: RowFix | undefined,
): void {
  const liveColumns = new Set(columnsOf(live, table.name));
  const archived = rows[0] ? Object.keys(rows[0]) : [];
  // Columns the archive lacks (it is older) take their defaults.
  const columns = archived.filter((c) => liveColumns.has(c) && c !== table.key);
  if (columns.length === 0) return;
  const insert = live.prepare(
    `insert into ${quote(table.name)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const own = new Map<number, number>();
  ids.set(table.name, own);
  for (const row of rows) {
    const copy: Row = { ...row };
    for (const [column, target] of Object.entries(table.refs)) {
      const value = copy[column];
      if (value === null || value === undefined) continue;
      const mapped = ids.get(target)?.get(Number(value));
      if (mapped === undefined) throw inconsistent(`${table.name}.${column}`);
      copy[column] = mapped;
    }
    fix?.(copy, ids);
    const result = insert.run(...columns.map((c) => copy[c] ?? null));
    if (table.key) own.set(Number(row[table.key]), Number(result.lastInsertRowid));
  }
}

/**
 * Writes the archived conference as a new one. Synchronous on the live handle: the caller runs
 * it inside a transaction, so a failure anywhere leaves the database as it was.
 */
export function importArchive(
  live: BetterSqlite3.Database,
  archive: OpenedArchive,
  options: ImportOptions,
): ArchiveImportResult {
  const ids = new Map<string, IdMap>();
  const map = (table: string) => {
    const m: IdMap = new Map();
    ids.set(table, m);
    return m;
  };
  const { now } = options;
  const unitsCreated = matchUnits(live, archivedRows(archive, 'units'), map('units'), now);
  const awardFormsCreated = matchAwardForms(
    live,
    archivedRows(archive, 'award_forms'),
    map('award_forms'),
    now,
  );
  const awards = archivedRows(archive, 'decision_awards');
  const registers = matchRegisters(live, archivedRows(archive, 'registers'), awards, map('registers'), now);
  const templatesCreated = matchTemplates(
    live,
    archivedRows(archive, 'certificate_templates'),
    map('certificate_templates'),
    now,
  );

  const fix = fixes(options);
  const counts = new Map<string, number>();
  for (const table of OWNED_TABLES) {
    const rows = table.name === 'decision_awards' ? awards : archivedRows(archive, table.name);
    insertOwned(live, table, rows, ids, fix[table.name]);
    counts.set(table.name, rows.length);
  }
  counts.set('certificate_templates', ids.get('certificate_templates')?.size ?? 0);

  const conferenceId = [...(ids.get('conferences')?.values() ?? [])][0];
  if (conferenceId === undefined) throw inconsistent('conferences');
  // Inserts are indexed by the code that writes them (see migration 0003).
  live
    .prepare(
      'insert into nominee_search (rowid, search_folded) select id, search_folded from nominees where conference_id = ?',
    )
    .run(conferenceId);
  live
    .prepare(
      `insert into audit_log (at, conference_id, entity, entity_id, action, detail, before, after)
       values (?, ?, 'conference', ?, 'import', ?, null, ?)`,
    )
    .run(
      now,
      conferenceId,
      conferenceId,
      options.fileName,
      JSON.stringify({
        appVersion: archive.summary.appVersion,
        exportedAt: archive.summary.exportedAt,
        registersCreated: registers.created,
        registersUsed: registers.used,
      }),
    );
  return {
    conferenceId,
    title: archive.summary.title,
    counts: summaryCounts(counts),
    unitsCreated,
    awardFormsCreated,
    templatesCreated,
    registersCreated: registers.created,
    registersUsed: registers.used,
  };
}
