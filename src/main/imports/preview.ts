import type { Kysely } from 'kysely';
import type { MethodParams } from '../../shared/api/contract';
import type { ImportPreview, ImportRow } from '../../shared/imports';
import { foldOnce } from '../../shared/text';
import { listAwardForms } from '../awards/queries';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import { flagsFor } from '../nominees/flags';
import { importPersonKeys } from './already-nominated';
import { readTextGrids, type TextGrid } from './cells';
import { awardCodesOf, withKindColumn } from './code-columns';
import { columnsAtRow, detectHeader, HEADER_SEARCH_ROWS, headingSignature } from './detect-header';
import { loadMapping } from './mappings';
import { awardFormIndex, parseRows } from './parse-rows';
import type { ImportSession, ImportSessions } from './sessions';
import { inspectXlsx } from './xlsx-guard';

export const expiredImport = () =>
  new AppError('NOT_FOUND', 'Phiên nhập tệp đã hết hạn hoặc đã được ghi. Hãy chọn lại tệp để nhập.');

/** The open session, or the message that it is gone (expired, or already written). */
export function openSession(sessions: ImportSessions, importId: string): ImportSession {
  return sessions.open(importId, expiredImport);
}

/** Each open file's folds, remembered (foldOnce): parsing and the preview fold the same texts. */
const folds = new WeakMap<ImportSession, (text: string) => string>();

function foldOf(session: ImportSession): (text: string) => string {
  let fold = folds.get(session);
  if (!fold) {
    fold = foldOnce();
    folds.set(session, fold);
  }
  return fold;
}

/** Re-reads the rows of the session's sheet with its current heading row and mapping. */
async function parseSession(db: Kysely<Database>, session: ImportSession): Promise<void> {
  const sheet = session.sheets.find((s) => s.name === session.sheetName);
  if (!sheet) throw expiredImport();
  const forms = awardFormIndex(await listAwardForms(db, true));
  const codes = awardCodesOf(session.sheets, session.sheetName);
  // Without a name column there is no row to read; emptyReason says so instead of a list of blanks.
  const named = session.columns.some((c) => c.field === 'fullName');
  session.rows =
    session.headerRow < 0 || !named
      ? []
      : parseRows(sheet.grid, session.headerRow, session.columns, forms, codes, foldOf(session));
}

/**
 * The heading row and columns of a sheet: the detected ones, else the first row that reads like
 * headings, so that a list whose name column is not recognised can still be mapped by hand.
 */
function headerOf(grid: TextGrid): Pick<ImportSession, 'headerRow' | 'columns'> {
  const detected = detectHeader(grid);
  if (detected.headerRow >= 0) {
    return {
      headerRow: detected.headerRow,
      columns: withKindColumn(grid, detected.headerRow, detected.columns),
    };
  }
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const texts = new Set((grid[r] ?? []).map((c) => c.text).filter((t) => t !== ''));
    if (texts.size >= 2) return { headerRow: r, columns: withKindColumn(grid, r, columnsAtRow(grid, r)) };
  }
  return { headerRow: -1, columns: [] };
}

/** Why a sheet gave no rows, for the person to act on; null when it gave some. */
function emptyReason(session: ImportSession): ImportPreview['emptyReason'] {
  if (session.rows.length > 0) return null;
  const grid = session.sheets.find((s) => s.name === session.sheetName)?.grid ?? [];
  if (!grid.some((row) => row.some((cell) => cell.text !== ''))) return 'noData';
  if (!session.columns.some((c) => c.field === 'fullName')) return 'noNameColumn';
  return 'noRows';
}

/** Marks rows already nominated in this conference and those honoured in earlier ones. */
async function preview(db: Kysely<Database>, session: ImportSession): Promise<ImportPreview> {
  const keys = await importPersonKeys(db, session.rows, foldOf(session));
  const keyed = keys.flatMap((person_key, i) => (person_key === null ? [] : [{ id: -(i + 1), person_key }]));
  const flags = await flagsFor(db, session.conferenceId, keyed);
  const existing = new Set(keyed.filter((k) => flags.duplicates.has(k.id)).map((k) => k.person_key));
  const rows: ImportRow[] = session.rows.map((row, i) => {
    const key = keys[i] ?? null;
    if (key === null) return { ...row, alreadyNominated: false, history: [] };
    return { ...row, alreadyNominated: existing.has(key), history: flags.history.get(key) ?? [] };
  });
  return {
    importId: session.id,
    fileName: session.fileName,
    sheetName: session.sheetName,
    sheetNames: session.sheets.map((s) => s.name),
    headerRow: session.headerRow + 1,
    columns: session.columns,
    rows,
    mappingRemembered: session.mappingRemembered,
    emptyReason: emptyReason(session),
  };
}

/** Reads an uploaded workbook into a new session and previews the sheet that looks like the list. */
export async function openImport(
  db: Kysely<Database>,
  sessions: ImportSessions,
  { conferenceId, fileName, contentBase64 }: MethodParams<'imports.open'>,
): Promise<ImportPreview> {
  if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
  const bytes = Buffer.from(contentBase64, 'base64');
  inspectXlsx(bytes, fileName);
  const sheets = await readTextGrids(bytes, fileName);
  // The sheet whose heading is found with the most known columns is the list.
  // A sheet with a name column beats one without: a lookup sheet of award forms is not the list.
  const weight = ({ columns }: Pick<ImportSession, 'columns'>) =>
    (columns.some((c) => c.field === 'fullName') ? 1000 : 0) + columns.filter((c) => c.field).length;
  const detected = sheets
    .map((s) => ({ sheet: s, header: headerOf(s.grid) }))
    .sort((a, b) => weight(b.header) - weight(a.header));
  const best = detected[0];
  if (!best) throw new AppError('FILE_REJECTED', `Tệp “${fileName}” không có trang tính nào có dữ liệu.`);
  const remembered = await loadMapping(db, headingSignature(best.header.columns));
  const columns = remembered
    ? best.header.columns.map((c) => ({ ...c, field: remembered[c.index] ?? null }))
    : best.header.columns;
  const session = sessions.create({
    conferenceId,
    fileName,
    sheets,
    sheetName: best.sheet.name,
    headerRow: best.header.headerRow,
    columns,
    rows: [],
    mappingRemembered: remembered !== null,
  });
  await parseSession(db, session);
  return preview(db, session);
}

/** Reads the session again with another sheet, heading row or column mapping. */
export async function remapImport(
  db: Kysely<Database>,
  session: ImportSession,
  { sheetName, headerRow, mapping }: Omit<MethodParams<'imports.remap'>, 'importId'>,
): Promise<ImportPreview> {
  if (sheetName !== undefined && sheetName !== session.sheetName) {
    const sheet = session.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw notFound(`trang tính “${sheetName}”`);
    Object.assign(session, { sheetName, ...headerOf(sheet.grid) });
  }
  if (headerRow !== undefined) {
    const sheet = session.sheets.find((s) => s.name === session.sheetName);
    session.headerRow = headerRow - 1;
    session.columns = sheet ? columnsAtRow(sheet.grid, headerRow - 1) : [];
  }
  if (mapping) {
    const used = new Set<string>();
    session.columns = session.columns.map((c) => {
      const field = Object.hasOwn(mapping, String(c.index)) ? (mapping[String(c.index)] ?? null) : c.field;
      if (field === null || used.has(field)) return { ...c, field: null };
      used.add(field);
      return { ...c, field };
    });
  }
  session.mappingRemembered = false;
  await parseSession(db, session);
  return preview(db, session);
}
