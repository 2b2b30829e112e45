import type BetterSqlite3 from 'better-sqlite3';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { REVISED_TABLES } from './revision';

/**
 * The highest values the database has ever handed out: each table's last id, each register's
 * next number and the highest record revision. They are kept in a file beside the database,
 * which a restore never replaces, and raised into every file the app opens; so after a restore
 * (or its undo) no id, register number or revision is handed out twice, and a window that still
 * shows a record from before cannot be mistaken for one that shows a newer record.
 */
export interface IdMarks {
  /** Table name → last id (SQLite's AUTOINCREMENT sequence). */
  ids: Record<string, number>;
  /** Register id → the next running number it may give. */
  registers: Record<string, number>;
  revision: number;
}

const EMPTY: IdMarks = { ids: {}, registers: {}, revision: 0 };

/** The marks file of a database: beside it, so it follows the data folder and not the file. */
export const marksPath = (databasePath: string): string => `${databasePath}.ids.json`;

const tableExists = (sqlite: BetterSqlite3.Database, name: string): boolean =>
  sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;

const columnExists = (sqlite: BetterSqlite3.Database, table: string, column: string): boolean =>
  (sqlite.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === column);

/** The marks as this database file has them now. */
export function readMarks(sqlite: BetterSqlite3.Database, options: { revision?: boolean } = {}): IdMarks {
  const ids: Record<string, number> = {};
  if (tableExists(sqlite, 'sqlite_sequence')) {
    for (const row of sqlite.prepare('select name, seq from sqlite_sequence').all() as {
      name: string;
      seq: number;
    }[]) {
      ids[row.name] = Math.max(ids[row.name] ?? 0, row.seq);
    }
  }
  const registers: Record<string, number> = {};
  if (tableExists(sqlite, 'registers')) {
    for (const row of sqlite.prepare('select id, next_number from registers').all() as {
      id: number;
      next_number: number;
    }[]) {
      registers[String(row.id)] = row.next_number;
    }
  }
  let revision = 0;
  // The highest revision reads every revised row (no index serves it): 0.1 s over 100,000
  // nominees, so an open that does not need it skips it.
  if (options.revision === false) return { ids, registers, revision };
  for (const table of REVISED_TABLES) {
    if (!tableExists(sqlite, table) || !columnExists(sqlite, table, 'revision')) continue;
    const row = sqlite.prepare(`select max(revision) as top from ${table}`).get() as { top: number | null };
    revision = Math.max(revision, row.top ?? 0);
  }
  return { ids, registers, revision };
}

const maxRecord = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
  const merged = { ...a };
  for (const [key, value] of Object.entries(b)) merged[key] = Math.max(merged[key] ?? 0, value);
  return merged;
};

export const mergeMarks = (a: IdMarks, b: IdMarks): IdMarks => ({
  ids: maxRecord(a.ids, b.ids),
  registers: maxRecord(a.registers, b.registers),
  revision: Math.max(a.revision, b.revision),
});

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const counts = (value: unknown): Record<string, number> => {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number] => isCount(entry[1])),
  );
};

/** The marks file, or none when it is missing or unreadable (the database's own marks still count). */
export function readMarksFile(path: string): IdMarks {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return EMPTY;
  }
  if (typeof parsed !== 'object' || parsed === null) return EMPTY;
  const record = parsed as Record<string, unknown>;
  return {
    ids: counts(record.ids),
    registers: counts(record.registers),
    revision: isCount(record.revision) ? record.revision : 0,
  };
}

/** Written whole and renamed into place, so a crash leaves the old file or the new one. */
export function writeMarksFile(path: string, marks: IdMarks): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, `${JSON.stringify(marks, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Raises the file's sequences and registers to the marks, in one transaction. After a restore
 * every revised row also gets a revision above every one handed out before, so an edit based on
 * a copy read before the restore is refused, whatever its record's revision was then.
 */
export function raiseToMarks(sqlite: BetterSqlite3.Database, marks: IdMarks, restored: boolean): void {
  const own = readMarks(sqlite, { revision: restored });
  sqlite.transaction(() => {
    const update = sqlite.prepare('update sqlite_sequence set seq = ? where name = ?');
    const insert = sqlite.prepare('insert into sqlite_sequence (name, seq) values (?, ?)');
    for (const [table, mark] of Object.entries(marks.ids)) {
      // Only the app's own tables: a name from a foreign file must not reach the SQL.
      if (!tableExists(sqlite, table) || mark <= (own.ids[table] ?? 0)) continue;
      if (update.run(mark, table).changes === 0) insert.run(table, mark);
    }
    for (const [id, next] of Object.entries(marks.registers)) {
      if (!Object.hasOwn(own.registers, id) || next <= (own.registers[id] ?? 0)) continue;
      sqlite.prepare('update registers set next_number = ? where id = ?').run(next, Number(id));
    }
    if (restored) {
      const floor = Math.max(marks.revision, own.revision) + 1;
      for (const table of REVISED_TABLES) {
        if (tableExists(sqlite, table) && columnExists(sqlite, table, 'revision')) {
          sqlite.prepare(`update ${table} set revision = ?`).run(floor);
        }
      }
    }
  })();
}
