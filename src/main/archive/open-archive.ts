import type { Kysely } from 'kysely';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCHIVE_FORMAT_VERSION, MAX_ARCHIVE_BYTES, type ArchiveSummary } from '../../shared/archive';
import { AppError } from '../core/app-error';
import { openArchiveFile, type ArchiveFile, type ArchiveTables } from '../db/archive-file';
import { ARCHIVE_APPLICATION_ID, ARCHIVE_MARK, summaryCounts, type ConferenceHeading } from './export';
import { ARCHIVED_TABLES } from './tables';

/** An archive opened read-only from a temporary copy; `close` removes the copy. */
export interface OpenedArchive {
  db: Kysely<ArchiveTables>;
  summary: ArchiveSummary;
  /** Carried tables present in the file (an older archive may lack a newer table). */
  tables: Set<string>;
  close(): void;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const MB = 1024 * 1024;

const damaged = (reason: string) =>
  new AppError(
    'FILE_REJECTED',
    'Tệp hội nghị bị hỏng hoặc không đầy đủ (có thể do sao chép bị ngắt giữa chừng). ' +
      'Hãy xuất lại tệp trên máy gốc rồi nhập lại.',
    { reason },
  );

const notAnArchive = () =>
  new AppError('FILE_REJECTED', 'Đây không phải tệp hội nghị (.hoinghi) do ứng dụng Hội nghị xuất ra.', {
    reason: 'not_archive',
  });

/** Rows pointing at rows the file does not hold: the file was edited or assembled by hand. */
export const inconsistent = (where: string) =>
  new AppError(
    'FILE_REJECTED',
    'Tệp hội nghị không nhất quán (có dòng tham chiếu tới dữ liệu không có trong tệp). ' +
      'Hãy xuất lại tệp trên máy gốc.',
    { reason: 'reference', where },
  );

const tooNew = (appVersion: string) =>
  new AppError(
    'FILE_REJECTED',
    `Tệp được tạo bởi phiên bản mới hơn của ứng dụng (${appVersion}). ` +
      'Hãy cập nhật ứng dụng trên máy này rồi nhập lại.',
    { reason: 'newer', appVersion },
  );

/**
 * The archive's bytes from base64, refusing an oversized one by its length alone, before
 * anything is decoded.
 */
export function decodeArchive(contentBase64: string, maxBytes = MAX_ARCHIVE_BYTES): Buffer {
  const padding = contentBase64.endsWith('==') ? 2 : contentBase64.endsWith('=') ? 1 : 0;
  const size = Math.floor((contentBase64.length * 3) / 4) - padding;
  if (size > maxBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn (${Math.ceil(size / MB)} MB); tệp hội nghị được nhập tối đa ${Math.round(maxBytes / MB)} MB.`,
      { bytes: size, maxBytes },
    );
  }
  return Buffer.from(contentBase64, 'base64');
}

async function readManifest(db: Kysely<ArchiveTables>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('manifest').select(['key', 'value']).execute();
  return new Map(rows.map((r) => [String(r.key), String(r.value)]));
}

async function countRows(db: Kysely<ArchiveTables>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function parseHeading(json: string | undefined): ConferenceHeading {
  try {
    const value = JSON.parse(json ?? '') as Partial<ConferenceHeading>;
    if (typeof value.title !== 'string' || typeof value.startsAt !== 'string') throw new Error('heading');
    return {
      title: value.title,
      kind: typeof value.kind === 'string' ? value.kind : '',
      startsAt: value.startsAt,
      endsAt: typeof value.endsAt === 'string' ? value.endsAt : null,
      organiser: typeof value.organiser === 'string' ? value.organiser : '',
    };
  } catch {
    throw damaged('manifest');
  }
}

async function checkReferences(db: Kysely<ArchiveTables>, tables: ReadonlySet<string>): Promise<void> {
  for (const table of ARCHIVED_TABLES.values()) {
    if (!tables.has(table.name)) continue;
    for (const [column, target] of Object.entries(table.refs)) {
      let query = db
        .selectFrom(table.name)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column, 'is not', null);
      // A reference into a table the file lacks is an orphan whatever it holds.
      if (tables.has(target)) query = query.where(column, 'not in', db.selectFrom(target).select('id'));
      const orphans = await query.executeTakeFirstOrThrow();
      if (Number(orphans.n) > 0) throw inconsistent(`${table.name}.${column}`);
    }
  }
}

/** Checks what only the file can tell: SQLite, intact, ours, not newer than this app. */
async function check(file: ArchiveFile, knownSchemas: readonly string[], bytes: number) {
  let integrity: string;
  try {
    integrity = file.integrityCheck();
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : 'integrity');
  }
  if (integrity !== 'ok') throw damaged(integrity);
  const objects = file.objects();
  const tables = new Set(objects.filter((o) => o.type === 'table').map((o) => o.name));
  // Only tables (and their automatic indexes): a view or a trigger has no business in an archive.
  const foreign = objects.some((o) => o.type !== 'table' && !o.name.startsWith('sqlite_autoindex_'));
  if (file.applicationId() !== ARCHIVE_APPLICATION_ID) throw notAnArchive();
  if (!tables.has('manifest') || foreign) throw notAnArchive();
  const manifest = await readManifest(file.db);
  if (manifest.get('format') !== ARCHIVE_MARK) throw notAnArchive();
  const formatVersion = Number(manifest.get('format_version'));
  const appVersion = manifest.get('app_version') ?? '?';
  const schemaVersion = manifest.get('schema_version') ?? '';
  if (!Number.isInteger(formatVersion) || formatVersion < 1) throw damaged('format_version');
  // A schema this app does not know comes from a later version, whose rows it cannot be sure
  // to understand.
  if (formatVersion > ARCHIVE_FORMAT_VERSION || !knownSchemas.includes(schemaVersion)) {
    throw tooNew(appVersion);
  }
  if (!tables.has('conferences')) throw damaged('conferences');
  if ((await countRows(file.db, 'conferences')) !== 1) throw damaged('conferences');
  const rows = new Map<string, number>();
  for (const name of ARCHIVED_TABLES.keys()) {
    if (tables.has(name)) rows.set(name, await countRows(file.db, name));
  }
  await checkReferences(file.db, tables);
  const heading = parseHeading(manifest.get('conference'));
  const summary: ArchiveSummary = {
    formatVersion,
    appVersion,
    schemaVersion,
    exportedAt: manifest.get('exported_at') ?? '',
    ...heading,
    counts: summaryCounts(rows),
    bytes,
  };
  return { summary, tables: new Set([...tables].filter((t) => ARCHIVED_TABLES.has(t))) };
}

/**
 * Writes the bytes to a temporary file, opens it read-only and checks it. Anything wrong is a
 * FILE_REJECTED with a message that says what to do; the copy is removed in every case.
 */
export async function openArchive(bytes: Buffer, knownSchemas: readonly string[]): Promise<OpenedArchive> {
  if (bytes.length < SQLITE_HEADER.length || !bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    throw notAnArchive();
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoinghi-archive-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  let file: ArchiveFile | null = null;
  try {
    const path = join(dir, 'archive.hoinghi');
    writeFileSync(path, bytes);
    try {
      file = openArchiveFile(path);
    } catch (error) {
      throw damaged(error instanceof Error ? error.message : 'open');
    }
    const opened = file;
    const { summary, tables } = await check(opened, knownSchemas, bytes.length);
    return {
      db: opened.db,
      summary,
      tables,
      close: () => {
        opened.close();
        remove();
      },
    };
  } catch (error) {
    file?.close();
    remove();
    if (error instanceof AppError) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}
