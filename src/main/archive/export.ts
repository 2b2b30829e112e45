import BetterSqlite3 from 'better-sqlite3';
import { ARCHIVE_FORMAT_VERSION, type ArchiveCounts } from '../../shared/archive';
import { ARCHIVED_TABLES, whereParams } from './tables';

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

interface ColumnInfo {
  name: string;
  type: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
 * Writes the archive of one conference at `path` (a new file). Runs synchronously on the live
 * handle, so it reads one consistent state; the caller holds the connection while it runs.
 */
export function writeArchive(
  live: BetterSqlite3.Database,
  conferenceId: number,
  path: string,
  meta: ArchiveMeta,
): { heading: ConferenceHeading; rows: Map<string, number> } {
  const archive = new BetterSqlite3(path);
  try {
    archive.pragma('journal_mode = OFF');
    archive.pragma(`application_id = ${ARCHIVE_APPLICATION_ID}`);
    const rows = new Map<string, number>();
    archive.transaction(() => {
      for (const table of ARCHIVED_TABLES.values()) {
        const columns = live.pragma(`table_info(${quote(table.name)})`) as ColumnInfo[];
        if (columns.length === 0) continue;
        const names = columns.map((c) => quote(c.name));
        archive.exec(
          `create table ${quote(table.name)} (${columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ')})`,
        );
        const insert = archive.prepare(
          `insert into ${quote(table.name)} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`,
        );
        // In id order, so that imported rows get new ids in the same order: a nominee's id is
        // its place in the list, which the certificate order and the lists follow.
        const select = live
          .prepare(`select ${names.join(', ')} from ${quote(table.name)} where ${table.where} order by rowid`)
          .raw(true);
        let count = 0;
        for (const row of select.iterate(...whereParams(table, conferenceId)) as Iterable<unknown[]>) {
          insert.run(...row);
          count += 1;
        }
        rows.set(table.name, count);
      }
      const heading = archive
        .prepare('select title, kind, starts_at, ends_at, organiser from conferences')
        .get() as {
        title: string;
        kind: string;
        starts_at: string;
        ends_at: string | null;
        organiser: string;
      };
      archive.exec('create table manifest (key text primary key, value text not null)');
      const put = archive.prepare('insert into manifest (key, value) values (?, ?)');
      put.run('format', ARCHIVE_MARK);
      put.run('format_version', String(ARCHIVE_FORMAT_VERSION));
      put.run('app_version', meta.appVersion);
      put.run('schema_version', meta.schemaVersion);
      put.run('exported_at', meta.exportedAt);
      put.run(
        'conference',
        JSON.stringify({
          title: heading.title,
          kind: heading.kind,
          startsAt: heading.starts_at,
          endsAt: heading.ends_at,
          organiser: heading.organiser,
        } satisfies ConferenceHeading),
      );
      put.run('counts', JSON.stringify(Object.fromEntries(rows)));
    })();
    const manifest = archive.prepare("select value from manifest where key = 'conference'").get() as {
      value: string;
    };
    return { heading: JSON.parse(manifest.value) as ConferenceHeading, rows };
  } finally {
    archive.close();
  }
}
