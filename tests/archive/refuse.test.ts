import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArchive } from '../../src/main/archive/open-archive';
import { createCore, DATABASE_FILE, type Core } from '../../src/main/app/create-core';
import {
  call,
  callError,
  conferenceInput,
  snapshotDatabase,
  useCores,
  useTempDir,
  writtenBytes,
  writtenBase64,
} from '../helpers';
import { seedRichConference } from './seed';
import { failInserts } from '../db-access';

describe('archive: what is refused', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp() {
    const source = await openCore({ dataDir: join(dir(), 'source') });
    const { conference } = await seedRichConference(source);
    const file = await call(source, 'archive.export', { conferenceId: conference.id });
    const target = await openCore({ dataDir: join(dir(), 'target') });
    await call(target, 'conferences.create', conferenceInput({ title: 'Hội nghị sơ kết 2023' }));
    // The shipped templates are written on first use; an import uses them like any other call.
    await call(target, 'templates.list', {});
    return { source, file, target, bytes: writtenBytes(file) };
  }

  /** The archive with its manifest (or anything else) changed through SQL. */
  function altered(bytes: Buffer, statement: string): Buffer {
    const path = join(dir(), `altered-${randomBytes(4).toString('hex')}.hoinghi`);
    writeFileSync(path, bytes);
    const sqlite = new BetterSqlite3(path);
    sqlite.exec(statement);
    sqlite.close();
    return readFileSync(path);
  }

  async function expectRefused(target: Core, bytes: Buffer, message: RegExp) {
    const databasePath = join(dir(), 'target', DATABASE_FILE);
    const before = await snapshotDatabase(databasePath);
    const input = { fileName: 'x.hoinghi', contentBase64: bytes.toString('base64') };
    for (const method of ['archive.inspect', 'archive.import']) {
      const error = await callError(target, method, input);
      expect(error.code).toBe('FILE_REJECTED');
      expect(error.message).toMatch(message);
    }
    expect(await snapshotDatabase(databasePath)).toEqual(before);
  }

  const DAMAGED = /bị hỏng hoặc không đầy đủ/;
  const NOT_ARCHIVE = /không phải tệp hội nghị/;
  const NEWER = /phiên bản mới hơn/;

  it('refuses a truncated file, random bytes and a file damaged inside, writing nothing', async () => {
    const { target, bytes } = await setUp();
    await expectRefused(target, bytes.subarray(0, Math.floor(bytes.length / 2)), DAMAGED);
    await expectRefused(target, randomBytes(bytes.length), NOT_ARCHIVE);
    await expectRefused(target, Buffer.from('không phải SQLite'), NOT_ARCHIVE);
    // Garbage over a page in the middle: the header still says SQLite, the check finds the rest.
    const scrambled = Buffer.from(bytes);
    randomBytes(4096).copy(scrambled, 4096 * 3);
    await expectRefused(target, scrambled, DAMAGED);
  });

  it('refuses a SQLite file that is not an archive, such as the app database itself', async () => {
    const { target } = await setUp();
    // A laptop's database file, whichever engine the target runs on.
    const laptopDir = join(dir(), 'laptop');
    const laptop = await createCore({ dataDir: laptopDir, log: () => undefined });
    try {
      await seedRichConference(laptop);
    } finally {
      await laptop.close();
    }
    await expectRefused(target, readFileSync(join(laptopDir, DATABASE_FILE)), NOT_ARCHIVE);
    const plain = new BetterSqlite3(join(dir(), 'plain.sqlite'));
    plain.exec('create table manifest (key text, value text)');
    plain.close();
    await expectRefused(target, readFileSync(join(dir(), 'plain.sqlite')), NOT_ARCHIVE);
  });

  it('refuses an archive from a newer app: a higher format or an unknown schema', async () => {
    const { target, bytes } = await setUp();
    await expectRefused(
      target,
      altered(bytes, "update manifest set value = '2' where key = 'format_version'"),
      NEWER,
    );
    const future = altered(bytes, "update manifest set value = '9999_future' where key = 'schema_version'");
    await expectRefused(target, future, NEWER);
    const error = await callError(target, 'archive.import', {
      fileName: 'x.hoinghi',
      contentBase64: altered(
        bytes,
        "update manifest set value = '7.0.0' where key = 'app_version'; " +
          "update manifest set value = '3' where key = 'format_version'",
      ).toString('base64'),
    });
    expect(error.message).toContain('(7.0.0)');
  });

  it('accepts an archive from an older app: a missing table or column takes the defaults', async () => {
    const { target, bytes } = await setUp();
    const older = altered(
      bytes,
      "update manifest set value = '0006_certificates' where key = 'schema_version'; " +
        'drop table delegates; drop table agenda_items; alter table conferences drop column letterhead',
    );
    const result = await call(target, 'archive.import', {
      fileName: 'cu.hoinghi',
      contentBase64: older.toString('base64'),
    });
    expect(result.counts).toMatchObject({ nominees: 7, delegates: 0, agendaItems: 0, awards: 4 });
    const conference = await call(target, 'conferences.get', { id: result.conferenceId });
    expect(conference.letterhead).toBe('auto');
  });

  it('refuses an archive whose rows point at rows it does not hold', async () => {
    const { target, bytes } = await setUp();
    await expectRefused(target, altered(bytes, 'delete from polls'), /không nhất quán/);
  });

  it('refuses an oversized file by its length, before decoding it', () => {
    // Not base64 at all: decoding would have failed differently.
    const error = (() => {
      try {
        decodeArchive('!'.repeat(4000), 2000);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect((error as Error).message).toMatch(/Tệp quá lớn .* tối đa/);
    expect(decodeArchive(Buffer.alloc(2000, 7).toString('base64'), 2000)).toHaveLength(2000);
  });

  it('leaves nothing behind when the import fails half-way', async () => {
    const { target, file } = await setUp();
    // The delegates come late in the import: by then the conference, nominees, polls,
    // decisions, units, forms, a register and a template have been written.
    const undo = await failInserts(target.context.store, 'delegates', 'đĩa đầy');
    const databasePath = join(dir(), 'target', DATABASE_FILE);
    const before = await snapshotDatabase(databasePath);
    const error = await callError(target, 'archive.import', {
      fileName: file.fileName,
      contentBase64: writtenBase64(file),
    });
    expect(error.code).toBe('INTERNAL');
    expect(await snapshotDatabase(databasePath)).toEqual(before);
    await undo();
    const result = await call(target, 'archive.import', {
      fileName: file.fileName,
      contentBase64: writtenBase64(file),
    });
    expect(result.counts.delegates).toBe(2);
  });
});
