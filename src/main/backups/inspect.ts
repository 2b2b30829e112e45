import BetterSqlite3 from 'better-sqlite3';
import type { BackupContents, BackupRecord } from '../../shared/backups';
import { AppError } from '../core/app-error';
import { MIGRATIONS } from '../db/migrations';

type Conference = BackupContents['conferences'][number];

function damaged(name: string, reason: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `Bản sao lưu "${name}" bị hỏng hoặc không phải dữ liệu của ứng dụng (${reason}). Không thể dùng bản này.`,
    { name },
  );
}

function tableExists(sqlite: BetterSqlite3.Database, table: string): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined
  );
}

/** Rows per conference of a table the copy may not have yet (an older schema). */
function countsBy(sqlite: BetterSqlite3.Database, table: string, where = ''): Map<number, number> {
  if (!tableExists(sqlite, table)) return new Map();
  const rows = sqlite
    .prepare(`select conference_id as id, count(*) as n from "${table}" ${where} group by conference_id`)
    .all() as { id: number; n: number }[];
  return new Map(rows.map((row) => [row.id, row.n]));
}

/**
 * Opens a backup read-only and reads what it holds. A damaged copy, or one written by a newer
 * version of the app, is refused with a message the secretariat can act on.
 */
export function inspectBackupFile(path: string, record: BackupRecord): BackupContents {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw damaged(record.name, error instanceof Error ? error.message : String(error));
  }
  try {
    let applied: string[];
    try {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
      if (!tableExists(sqlite, 'kysely_migration') || !tableExists(sqlite, 'conferences')) {
        throw new Error('thiếu bảng dữ liệu');
      }
      applied = (
        sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]
      ).map((row) => row.name);
    } catch (error) {
      throw damaged(record.name, error instanceof Error ? error.message : String(error));
    }
    const unknown = applied.filter((name) => !Object.hasOwn(MIGRATIONS, name));
    if (unknown.length > 0) {
      throw new AppError(
        'DB_TOO_NEW',
        `Bản sao lưu "${record.name}" được tạo bởi phiên bản mới hơn của ứng dụng (${unknown.join(', ')}). ` +
          'Hãy cập nhật ứng dụng trước khi khôi phục bản này.',
        { name: record.name, unknownMigrations: unknown },
      );
    }
    const nomineeWhere = (sqlite.pragma('table_info(nominees)') as { name: string }[]).some(
      (column) => column.name === 'deleted_at',
    )
      ? 'where deleted_at is null'
      : '';
    const nominees = countsBy(sqlite, 'nominees', nomineeWhere);
    const polls = countsBy(sqlite, 'polls');
    const decisions = countsBy(sqlite, 'decisions');
    const rows = sqlite
      .prepare('select id, title, starts_at as startsAt from conferences order by starts_at desc, id desc')
      .all() as { id: number; title: string; startsAt: string }[];
    const conferences: Conference[] = rows.map((row) => ({
      ...row,
      nominees: nominees.get(row.id) ?? 0,
      polls: polls.get(row.id) ?? 0,
      decisions: decisions.get(row.id) ?? 0,
    }));
    const schemaVersion = applied.at(-1) ?? '';
    return {
      ...record,
      schemaVersion,
      needsUpgrade: applied.length < Object.keys(MIGRATIONS).length,
      conferences,
    };
  } finally {
    sqlite.close();
  }
}
