import { sql, type Kysely } from 'kysely';
import { ARCHIVE_FORMAT_VERSION, type ArchiveCounts } from '../../shared/archive';
import { createArchiveFile, insertionOrder } from '../db/archive-file';
import type { Database } from '../db/schema';
import { carriedColumns, insertRows, untyped } from './rows';
import { ARCHIVED_TABLES, whereCondition } from './tables';
import { transact } from '../db/transact';

/**
 * The archive file: a SQLite database (its header says so, and `integrity_check` verifies it on
 * import) holding
 * - `manifest (key, value)`: `format` = ARCHIVE_MARK, `format_version`, `app_version`,
 *   `schema_version` (the last migration of the database it came from), `exported_at`,
 *   `conference` (JSON: title, kind, dates, organiser) and `counts` (JSON, rows per table);
 * - one table per carried table (see tables.ts), with the same name and columns as in the app's
 *   database and without constraints: the conference's rows, and the shared rows it uses.
 * Images stay blobs, byte for byte. Anyone can open the file with any SQLite tool.
 */

export const ARCHIVE_MARK = 'hoinghi-conference-archive';

/** PRAGMA application_id of an archive ("HNGA"), so a stray SQLite file is told apart at once. */
export const ARCHIVE_APPLICATION_ID = 0x484e4741;

export interface ArchiveMeta {
  appVersion: string;
  schemaVersion: string;
  exportedAt: string;
}

export interface ConferenceHeading {
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  organiser: string;
}

/** Rows per carried table → the counts the screen shows. */
export function summaryCounts(rows: ReadonlyMap<string, number>): ArchiveCounts {
  const n = (table: string) => rows.get(table) ?? 0;
  return {
    nominees: n('nominees'),
    councilMembers: n('council_members'),
    polls: n('polls'),
    ballots: n('poll_ballots'),
    decisions: n('decisions'),
    awards: n('decision_awards'),
    prints: n('certificate_prints'),
    templates: n('certificate_templates'),
    agendaItems: n('agenda_items'),
    delegates: n('delegates'),
  };
}

/**
 * Writes the archive of one conference at `path` (a new file). The live rows are read in one
 * transaction, so the archive holds one consistent state.
 */
export async function writeArchive(
  live: Kysely<Database>,
  conferenceId: number,
  path: string,
  meta: ArchiveMeta,
): Promise<{ heading: ConferenceHeading; rows: Map<string, number> }> {
  const columnsOf = await carriedColumns(live);
  const file = createArchiveFile(path, ARCHIVE_APPLICATION_ID);
  try {
    const rows = new Map<string, number>();
    const heading = await transact(live, (trx) =>
      transact(file.db, async (archive) => {
        for (const table of ARCHIVED_TABLES.values()) {
          const columns = columnsOf.get(table.name) ?? [];
          if (columns.length === 0) continue;
          const names = columns.map((c) => c.name);
          await columns
            .reduce(
              (create, c) => create.addColumn(c.name, sql.raw(c.dataType)),
              archive.schema.createTable(table.name),
            )
            .execute();
          // In id order, so that imported rows get new ids in the same order: a nominee's id is
          // its place in the list, which the certificate order and the lists follow.
          const found = await untyped(trx)
            .selectFrom(table.name)
            .select(names)
            .where(whereCondition(table, conferenceId))
            .orderBy(insertionOrder(trx, table.key))
            .execute();
          await insertRows(archive, table.name, names, found);
          rows.set(table.name, found.length);
        }
        const conference = await archive
          .selectFrom('conferences')
          .select(['title', 'kind', 'starts_at', 'ends_at', 'organiser'])
          .executeTakeFirstOrThrow();
        const heading: ConferenceHeading = {
          title: String(conference.title),
          kind: String(conference.kind),
          startsAt: String(conference.starts_at),
          endsAt: conference.ends_at === null ? null : String(conference.ends_at),
          organiser: String(conference.organiser),
        };
        await archive.schema
          .createTable('manifest')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        const manifest: [string, string][] = [
          ['format', ARCHIVE_MARK],
          ['format_version', String(ARCHIVE_FORMAT_VERSION)],
          ['app_version', meta.appVersion],
          ['schema_version', meta.schemaVersion],
          ['exported_at', meta.exportedAt],
          ['conference', JSON.stringify(heading)],
          ['counts', JSON.stringify(Object.fromEntries(rows))],
        ];
        await archive
          .insertInto('manifest')
          .values(manifest.map(([key, value]) => ({ key, value })))
          .execute();
        return heading;
      }),
    );
    return { heading, rows };
  } finally {
    file.close();
  }
}
