import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { AppError } from '../core/app-error';
import { displayUrl } from './engine';
import { postgresKysely } from './postgres-pool';
import { PG_MIGRATIONS } from './migrations-pg';
import type { Database } from './schema';
import type { Store } from './store';

export interface PostgresOptions {
  /** Defaults to every migration of the PostgreSQL track; tests pass a prefix of it. */
  migrations?: Readonly<Record<string, Migration>>;
  /** Connections the pool may hold (10): calls of one process share them. */
  poolSize?: number;
}

function unreachable(url: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'DB_UNREACHABLE',
    `Không kết nối được máy chủ cơ sở dữ liệu "${displayUrl(url)}" (${reason}). ` +
      'Hãy kiểm tra địa chỉ, tên đăng nhập, mật khẩu và máy chủ PostgreSQL rồi mở lại ứng dụng.',
    { path: displayUrl(url) },
  );
}

async function executedMigrations(db: Kysely<Database>): Promise<string[]> {
  const table = await sql<{
    name: string | null;
  }>`select to_regclass('kysely_migration')::text as name`.execute(db);
  if (!table.rows[0]?.name) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((row) => row.name);
}

/**
 * Opens the app's database on a PostgreSQL server and migrates it. A database written by a
 * newer version is refused before anything is written. Migrating runs in one transaction
 * (PostgreSQL's DDL is transactional) under Kysely's advisory lock, so two server processes
 * starting at once migrate once.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Store> {
  const migrations = options.migrations ?? PG_MIGRATIONS;
  const db = postgresKysely(url, options.poolSize);
  try {
    let done: string[];
    try {
      done = await executedMigrations(db);
    } catch (error) {
      throw unreachable(url, error);
    }
    const unknown = done.filter((name) => !Object.hasOwn(migrations, name));
    if (unknown.length > 0) {
      throw new AppError(
        'DB_TOO_NEW',
        `Cơ sở dữ liệu "${displayUrl(url)}" được tạo bởi phiên bản mới hơn của ứng dụng (${unknown.join(', ')}). ` +
          'Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
        { path: displayUrl(url), unknownMigrations: unknown },
      );
    }
    if (Object.keys(migrations).some((name) => !done.includes(name))) {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: () => Promise.resolve({ ...migrations }) },
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
        throw new AppError(
          'MIGRATION_FAILED',
          `Không nâng cấp được cơ sở dữ liệu (bước ${failed}). Dữ liệu trên máy chủ vẫn được giữ nguyên.`,
          {
            path: displayUrl(url),
            migration: failed,
            reason: error instanceof Error ? error.message : String(error),
          },
        );
      }
    }
    const applied = await executedMigrations(db);
    return {
      engine: 'postgres',
      db,
      // A server has no single writer to keep reads away from: both draw on one pool.
      readDb: db,
      path: displayUrl(url),
      address: url,
      backupsDir: '',
      schemaVersion: applied.at(-1) ?? '',
      checkPending: false,
      file: null,
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
