import type { Kysely } from 'kysely';
import type { ArchiveImportResult } from '../../shared/archive';
import { formatTableDate } from '../../shared/dates';
import type { NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import { insertionOrder } from '../db/archive-file';
import type { Database } from '../db/schema';
import { indexNominees } from '../db/search';
import { personKey } from '../nominees/derive';
import { summaryCounts } from './export';
import { matchAwardForms, matchRegisters, matchTemplates, matchUnits, type IdMap } from './match-shared';
import { inconsistent, type OpenedArchive } from './open-archive';
import { carriedColumns, insertRows, untyped, type Column, type Row } from './rows';
import { AUDIT_ENTITY_TABLES, OWNED_TABLES, whereCondition, type ArchivedTable } from './tables';

export interface ImportOptions {
  fileName: string;
  now: string;
}

/** Rows of a carried table in the archive; none when an older archive has no such table. */
async function archivedRows(archive: OpenedArchive, table: string): Promise<Row[]> {
  if (!archive.tables.has(table)) return [];
  return archive.db.selectFrom(table).selectAll().orderBy(insertionOrder(archive.db, 'id')).execute();
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

async function insertOwned(
  live: Kysely<Database>,
  table: ArchivedTable,
  liveColumns: readonly Column[],
  rows: Row[],
  ids: Map<string, IdMap>,
  fix: RowFix | undefined,
): Promise<void> {
  const known = new Set(liveColumns.map((c) => c.name));
  const archived = rows[0] ? Object.keys(rows[0]) : [];
  // Columns the archive lacks (it is older) take their defaults.
  const columns = archived.filter((c) => known.has(c) && c !== table.key);
  if (columns.length === 0) return;
  const copies = rows.map((row) => {
    const copy: Row = { ...row };
    for (const [column, target] of Object.entries(table.refs)) {
      const value = copy[column];
      if (value === null || value === undefined) continue;
      const mapped = ids.get(target)?.get(Number(value));
      if (mapped === undefined) throw inconsistent(`${table.name}.${column}`);
      copy[column] = mapped;
    }
    fix?.(copy, ids);
    return copy;
  });
  const key = table.key;
  const own: IdMap = new Map();
  if (key) ids.set(table.name, own);
  const [conference] = copies;
  if (table.name === 'conferences' && conference) {
    // One row (checked when the archive was opened), first: the other tables' rows are found
    // by its new id.
    const inserted = await untyped(live)
      .insertInto('conferences')
      .values(Object.fromEntries(columns.map((c) => [c, conference[c] ?? null])))
      .returning('id')
      .executeTakeFirstOrThrow();
    own.set(Number(rows[0]?.id), Number(inserted.id));
    return;
  }
  const conferenceId = [...(ids.get('conferences')?.values() ?? [])][0];
  if (conferenceId === undefined) throw inconsistent('conferences');
  await insertRows(untyped(live), table.name, columns, copies);
  if (!key) return;
  // The conference is new, so its rows are exactly those just inserted, and new ids rise in the
  // order rows are inserted: the n-th smallest is the n-th archived row's.
  const inserted = await untyped(live)
    .selectFrom(table.name)
    .select(key)
    .where(whereCondition(table, conferenceId))
    .orderBy(key)
    .execute();
  if (inserted.length !== rows.length) throw inconsistent(table.name);
  for (const [i, row] of rows.entries()) own.set(Number(row[key]), Number(inserted[i]?.[key]));
}

/**
 * Writes the archived conference as a new one. The caller runs it inside a transaction, so a
 * failure anywhere leaves the database as it was.
 */
export async function importArchive(
  live: Kysely<Database>,
  archive: OpenedArchive,
  options: ImportOptions,
): Promise<ArchiveImportResult> {
  const ids = new Map<string, IdMap>();
  const map = (table: string) => {
    const m: IdMap = new Map();
    ids.set(table, m);
    return m;
  };
  const { now } = options;
  const unitsCreated = await matchUnits(live, await archivedRows(archive, 'units'), map('units'), now);
  const awardFormsCreated = await matchAwardForms(
    live,
    await archivedRows(archive, 'award_forms'),
    map('award_forms'),
    now,
  );
  const awards = await archivedRows(archive, 'decision_awards');
  const registers = await matchRegisters(
    live,
    await archivedRows(archive, 'registers'),
    awards,
    map('registers'),
    now,
  );
  const templatesCreated = await matchTemplates(
    live,
    await archivedRows(archive, 'certificate_templates'),
    map('certificate_templates'),
    now,
  );

  const fix = fixes(options);
  const counts = new Map<string, number>();
  const columnsOf = await carriedColumns(live);
  for (const table of OWNED_TABLES) {
    const rows = table.name === 'decision_awards' ? awards : await archivedRows(archive, table.name);
    await insertOwned(live, table, columnsOf.get(table.name) ?? [], rows, ids, fix[table.name]);
    counts.set(table.name, rows.length);
  }
  counts.set('certificate_templates', ids.get('certificate_templates')?.size ?? 0);

  const conferenceId = [...(ids.get('conferences')?.values() ?? [])][0];
  if (conferenceId === undefined) throw inconsistent('conferences');
  await indexNominees(live, [...(ids.get('nominees')?.values() ?? [])]);
  await live
    .insertInto('audit_log')
    .values({
      at: now,
      conference_id: conferenceId,
      entity: 'conference',
      entity_id: conferenceId,
      action: 'import',
      detail: options.fileName,
      before: null,
      after: JSON.stringify({
        appVersion: archive.summary.appVersion,
        exportedAt: archive.summary.exportedAt,
        registersCreated: registers.created,
        registersUsed: registers.used,
      }),
    })
    .execute();
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
