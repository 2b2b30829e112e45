import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MANIFEST_FILE, writeManifest } from '../../src/main/db/backup-manifest';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, type OpenOptions, rawSqlite } from '../../src/main/db/open';
import { appErrorOf, sha256File, snapshotDatabase, useTempDir } from '../helpers';

// What the first release shipped: migration 0001 only.
const V1 = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, 1));
const BACKUP = /^hoi-nghi-truoc-nang-cap-.+\.sqlite$/;

describe('openDatabase', () => {
  const dir = useTempDir();
  const dbPath = () => join(dir(), DATABASE_FILE);
  const backupsDir = () => join(dir(), 'backups');
  // The copies in the folder, without the manifest that lists them.
  const backups = () =>
    existsSync(backupsDir())
      ? readdirSync(backupsDir())
          .filter((name) => name !== MANIFEST_FILE)
          .sort()
      : [];

  async function withStore(
    options: OpenOptions,
    use?: (store: Awaited<ReturnType<typeof openDatabase>>) => unknown,
  ) {
    const store = await openDatabase(dbPath(), options);
    try {
      await use?.(store);
    } finally {
      await store.close();
    }
  }

  /** A database an older version left behind: migration 0001 only, with conferences in it. */
  async function createV1Database(titles = ['Hội nghị A', 'Hội nghị B']): Promise<void> {
    await withStore({ migrations: V1 }, (store) => {
      const insert = rawSqlite(store).prepare(
        "insert into conferences (title, kind, starts_at, created_at, updated_at) values (?, 'so_ket', '2021-05-19', 'x', 'x')",
      );
      for (const title of titles) insert.run(title);
    });
  }

  /** A database at the current version with a little data. */
  async function createCurrentDatabase(): Promise<void> {
    await withStore({}, async (store) => {
      await sql`insert into conferences (title, title_folded, kind, starts_at, created_at, updated_at)
        values ('Hội nghị sơ kết', 'hoi nghi so ket', 'so_ket', '2021-05-19', 'x', 'x')`.execute(store.db);
      await sql`insert into settings (key, value) values ('placeName', '"Kỳ Anh"')`.execute(store.db);
    });
  }

  describe('backup before migrating', () => {
    it('copies an existing database with data once before upgrading it, and the copy holds the rows', async () => {
      await createV1Database();
      expect(backups()).toEqual([]);

      await withStore({});
      const copies = backups();
      expect(copies).toHaveLength(1);
      expect(copies[0]).toMatch(BACKUP);

      const copy = new BetterSqlite3(join(backupsDir(), copies[0] ?? ''), { readonly: true });
      try {
        expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
        expect(copy.prepare('select title from conferences order by id').pluck().all()).toEqual([
          'Hội nghị A',
          'Hội nghị B',
        ]);
        // The copy is from before the upgrade, so an older version can still open it.
        expect(copy.prepare('select name from kysely_migration').pluck().all()).toEqual(Object.keys(V1));
      } finally {
        copy.close();
      }
    });

    it('takes no backup of a fresh database, nor when nothing is pending', async () => {
      await withStore({});
      expect(backups()).toEqual([]);
      await createCurrentDatabase();
      await withStore({});
      expect(backups()).toEqual([]);
    });

    it('keeps only the newest 10 copies it listed, and leaves other files in the folder alone', async () => {
      mkdirSync(backupsDir());
      const seeded = Array.from(
        { length: 11 },
        (_, i) => `hoi-nghi-truoc-nang-cap-2000-01-${String(i + 1).padStart(2, '0')}_00-00-00-000.sqlite`,
      );
      // A lookalike the app never wrote (copied from another laptop): not in the manifest.
      const others = [
        'ghi-chu.txt',
        'khac-truoc-nang-cap-1999-01-01_00-00-00-000.sqlite',
        'hoi-nghi-truoc-nang-cap-1999-01-01_00-00-00-000.sqlite',
      ];
      for (const name of [...seeded, ...others]) writeFileSync(join(backupsDir(), name), 'x');
      writeManifest(backupsDir(), seeded);

      await createV1Database();
      await withStore({});

      const kept = backups().filter((name) => BACKUP.test(name) && !name.includes('1999'));
      expect(kept).toHaveLength(10);
      // The two oldest seeded copies went; the new real copy (newest stamp) stayed.
      expect(kept).toEqual([...seeded.slice(2), kept.at(-1)]);
      expect(kept.at(-1)).not.toContain('2000-01-');
      expect(backups()).toEqual(expect.arrayContaining(others));
    });

    it('honours keepBackups across real upgrades', async () => {
      for (let round = 0; round < 3; round++) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath() + suffix, { force: true });
        await createV1Database([`Vòng ${round}`]);
        await withStore({ keepBackups: 2 });
        // Backup names carry a millisecond stamp; keep rounds apart so each gets its own file.
        await sleep(5);
      }
      const kept = backups().filter((name) => BACKUP.test(name));
      expect(kept).toHaveLength(2);
      const titles = kept.map((name) => {
        const copy = new BetterSqlite3(join(backupsDir(), name), { readonly: true });
        try {
          return copy.prepare('select title from conferences').pluck().get();
        } finally {
          copy.close();
        }
      });
      expect(titles).toEqual(['Vòng 1', 'Vòng 2']);
    });
  });

  describe('refusing files it must not touch', () => {
    it('refuses a database written by a newer version, leaving its bytes unchanged', async () => {
      await createCurrentDatabase();
      const raw = new BetterSqlite3(dbPath());
      raw
        .prepare("insert into kysely_migration (name, timestamp) values ('0099_from_the_future', 'x')")
        .run();
      raw.close();
      const before = sha256File(dbPath());

      const error = await appErrorOf(openDatabase(dbPath()));
      expect(error.code).toBe('DB_TOO_NEW');
      expect(error.details).toMatchObject({ unknownMigrations: ['0099_from_the_future'] });
      expect(sha256File(dbPath())).toBe(before);
      expect(backups()).toEqual([]);
    });

    it('refuses a file of random bytes as corrupt, naming the backups folder, and leaves it as it was', async () => {
      writeFileSync(dbPath(), randomBytes(64 * 1024));
      const before = sha256File(dbPath());

      const error = await appErrorOf(openDatabase(dbPath()));
      expect(error.code).toBe('DB_CORRUPT');
      expect(error.message).toContain(backupsDir());
      expect(sha256File(dbPath())).toBe(before);
    });

    it('refuses a real database damaged in the middle of the file', async () => {
      await withStore({}, (store) => {
        const insert = rawSqlite(store).prepare(
          "insert into conferences (title, title_folded, kind, starts_at, notes, created_at, updated_at) values (?, ?, 'khac', '2022-01-01', ?, 'x', 'x')",
        );
        rawSqlite(store).transaction(() => {
          for (let i = 0; i < 500; i++) insert.run(`Hội nghị ${i}`, `hoi nghi ${i}`, 'Ghi chú. '.repeat(30));
        })();
      });
      const pageSize = 4096;
      const pages = statSync(dbPath()).size / pageSize;
      expect(pages).toBeGreaterThan(10);
      // Overwrite one whole page in the middle, header included, so the b-tree there is garbage.
      const fd = openSync(dbPath(), 'r+');
      writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages / 2) * pageSize);
      closeSync(fd);
      const before = sha256File(dbPath());

      const error = await appErrorOf(openDatabase(dbPath()));
      expect(error.code).toBe('DB_CORRUPT');
      expect(error.message).toContain(backupsDir());
      expect(sha256File(dbPath())).toBe(before);
    });
  });

  it('rolls a failed upgrade back completely, so the file opens again as before', async () => {
    await createCurrentDatabase();
    const before = await snapshotDatabase(dbPath());
    const broken = {
      ...MIGRATIONS,
      '9999_broken': {
        up: async (db: Kysely<unknown>) => {
          await db.schema
            .createTable('broken_table')
            .addColumn('id', 'integer', (c) => c.primaryKey())
            .execute();
          await sql`insert into broken_table (id) values (1)`.execute(db);
          await sql`update conferences set title = 'hỏng'`.execute(db);
          throw new Error('step failed half-way');
        },
      },
    };

    const error = await appErrorOf(openDatabase(dbPath(), { migrations: broken }));
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.details).toMatchObject({ migration: '9999_broken' });
    expect(await snapshotDatabase(dbPath())).toEqual(before);
    // The copy taken before the attempt is there too.
    expect(backups()).toHaveLength(1);

    await withStore({}, (store) => {
      expect(store.schemaVersion).toBe(Object.keys(MIGRATIONS).at(-1));
      expect(rawSqlite(store).prepare('select title from conferences').pluck().all()).toEqual([
        'Hội nghị sơ kết',
      ]);
    });
  });

  it('turns on WAL, foreign keys and a busy timeout', async () => {
    await withStore({}, (store) => {
      expect(rawSqlite(store).pragma('journal_mode', { simple: true })).toBe('wal');
      expect(rawSqlite(store).pragma('foreign_keys', { simple: true })).toBe(1);
      expect(rawSqlite(store).pragma('busy_timeout', { simple: true })).toBe(5000);
    });
  });
});
