import { excelJs } from '../documents/libraries';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { AppError } from '../core/app-error';
import {
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  inspectXlsxEntries,
  rejected,
  rejectionMessages,
} from './xlsx-guard';
import { asciiXml } from './ascii-xml';
import { scanParts, type CellRange, type SheetScan } from './xml-scan';
import { writeZip, type ZipEntry, type ZipPart } from './zip-directory';

export interface GridCell {
  text: string;
  /** The cell's font name ('.VnTime', 'VNI-Times', …), for detecting legacy encodings later. */
  font?: string;
}

export interface GridSheet {
  name: string;
  /** rows[r][c], 0-based; row r is Excel row r+1. null for an empty cell. */
  rows: (GridCell | null)[][];
  /** merged ranges, 0-based inclusive */
  merges: CellRange[];
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** The order exceljs's streaming reader needs to parse sheets directly instead of via temp files. */
const LEADING_PARTS = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** The few fields of exceljs's streaming reader this module uses; its typings omit them. */
interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
  properties?: { model?: { date1904?: boolean } };
  styles: { getStyleModel(id: number): { font?: { name?: string } } | null };
  stream?: Readable;
  on(event: 'entry', listener: (e: { type: string; id?: string }) => void): void;
}

const columnLetters = (col: number): string => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel stores wall-clock times, which exceljs maps to UTC; round to the minute to absorb float noise. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() * 60 + d.getUTCMinutes();
  return time === 0 ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Same rule as exceljs's `isDateFmt`, needed for formula results, which exceljs leaves as numbers. */
function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

/** Any value exceljs's streaming reader produces, as the text a person sees (formulas never). */
function valueText(value: unknown, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return isDateFormat(numFmt) ? dateText(excelDate(value, date1904)) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return v.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  // Formulas (including shared-formula followers, whose `formula` is ''): the cached result only.
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return valueText(v.result, numFmt, date1904);
  if (typeof v.text === 'string') return v.text; // hyperlink
  return ''; // errors (#N/A…) and anything unknown
}

// Parts above this are deflated again after transcoding, to keep the re-packed archive small.
const DEFLATE_FROM = 256 * 1024;

/**
 * Exceljs's streaming reader decodes each inflated chunk as UTF-8 on its own, so a Vietnamese
 * letter whose bytes straddle two chunks comes out as two U+FFFD ("làm" read as "l��m"), at
 * places that depend on compression. Writing every non-ASCII character as a numeric character
 * reference (&#7879;) leaves the XML equivalent and pure ASCII, which no chunk boundary can break.
 */
function asciiPart(entry: ZipEntry, data: Uint8Array, scannedAscii: boolean): ZipPart {
  const same = {
    name: entry.name,
    method: entry.method,
    crc32: entry.crc32,
    uncompressedSize: entry.uncompressedSize,
  };
  // Found all ASCII by the scan (most sheets): kept as it came, without inflating it again.
  if (scannedAscii) return { ...same, data };
  // Sizes were verified by scanParts; the cap only makes that a guarantee here too.
  const raw =
    entry.method === 8
      ? inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
      : Buffer.from(data);
  const xml = asciiXml(raw);
  const deflate = xml.length >= DEFLATE_FROM;
  return {
    name: entry.name,
    method: deflate ? 8 : 0,
    crc32: crc32(xml),
    uncompressedSize: xml.length,
    data: deflate ? deflateRawSync(xml, { level: 1 }) : xml,
  };
}

/**
 * Re-packs only the parts exceljs needs, in the order it needs them, from their verified bytes
 * (made ASCII by asciiPart). Exceljs's streaming reader follows local headers from the start of the file
 * and writes sheets to temp files when they precede the shared strings (as in Excel's own
 * files); a canonical archive keeps it in memory and on exactly the bytes we checked.
 */
function canonicalZip(bytes: Uint8Array, parts: ZipEntry[], scans: Map<string, SheetScan>): Buffer {
  const zipParts: ZipPart[] = parts.map((e) =>
    asciiPart(
      e,
      bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
      scans.get(e.name)?.ascii === true,
    ),
  );
  if (!parts.some((e) => e.name === 'xl/sharedStrings.xml')) {
    const sst = { name: 'xl/sharedStrings.xml', method: 0, crc32: crc32(EMPTY_SST) };
    zipParts.splice(2, 0, { ...sst, uncompressedSize: EMPTY_SST.length, data: EMPTY_SST });
  }
  return writeZip(zipParts);
}

/** Reads every non-empty worksheet into plain text cells; call after (or instead of) inspectXlsx. */
export function readGrid(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<GridSheet[]> {
  return readSheets<GridCell | null>(
    bytes,
    fileName,
    limits,
    (text, font) => (font === undefined ? { text } : { text, font }),
    null,
  );
}

/** A worksheet whose cells were made by readSheets's `cellOf`. */
export interface SheetOf<C> {
  name: string;
  rows: C[][];
  merges: CellRange[];
}

/**
 * readGrid with each cell made by `cellOf` from its text and font as it is read, and `empty`
 * for cells without text: an import converts every cell (cellText) without a grid in between.
 */
export async function readSheets<C>(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  cellOf: (text: string, font: string | undefined) => C,
  empty: C,
): Promise<SheetOf<C>[]> {
  const entries = inspectXlsxEntries(bytes, fileName, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  // Without the workbook's relationships exceljs cannot name sheets, and defers them to disk.
  if (!byName.has('xl/_rels/workbook.xml.rels')) throw rejected(rejectionMessages.corrupt(fileName));
  const sheetNo = (e: ZipEntry): number => Number(SHEET_PART.exec(e.name)?.[1]);
  const parts = [
    ...LEADING_PARTS.flatMap((name) => byName.get(name) ?? []),
    ...entries.filter((e) => SHEET_PART.test(e.name)).sort((a, b) => sheetNo(a) - sheetNo(b)),
  ];
  const scans = await scanParts(bytes, fileName, parts, limits);
  const hasStyles = byName.has('xl/styles.xml');

  const input = Readable.from([canonicalZip(bytes, parts, scans)]);
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const internals = reader as unknown as ReaderInternals;
  // exceljs announces each worksheet part just before yielding its reader; its own `id` is
  // replaced by the sheetId, so this is how a reader is matched to its part (and its scan).
  let currentPart = '';
  internals.on('entry', (e) => {
    if (e.type === 'worksheet') currentPart = `xl/worksheets/sheet${e.id}.xml`;
  });

  const sheets: SheetOf<C>[] = [];
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const scan = scans.get(currentPart);
      if (scan && scan.rows > limits.maxRows) {
        throw rejected(rejectionMessages.tooManyRows(fileName, name, limits.maxRows));
      }
      if (scan?.inlineRichText) throw rejected(rejectionMessages.inlineRichText(fileName, name));
      if (scan?.oversizedText) {
        throw rejected(rejectionMessages.cellTooLong(fileName, name, null, limits.maxCellLength));
      }
      const date1904 = internals.properties?.model?.date1904 === true;
      // Cells without a style (or style 0) get no `style` from exceljs but do use font 0. Without
      // a styles part exceljs's style manager is half-initialised and getStyleModel throws.
      const defaultFont = hasStyles ? internals.styles.getStyleModel(0)?.font?.name : undefined;
      const rows: C[][] = [];
      for await (const row of worksheet) {
        const rowNumber = row.number;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) {
          throw rejected(rejectionMessages.corrupt(fileName));
        }
        const cells: C[] = [];
        row.eachCell((cell, col) => {
          const text = valueText(cell.value, cell.numFmt, date1904);
          if (text === '') return;
          if (col > limits.maxColumns) {
            throw rejected(rejectionMessages.tooManyColumns(fileName, name, limits.maxColumns));
          }
          if (rowNumber > limits.maxRows) {
            throw rejected(rejectionMessages.tooManyRows(fileName, name, limits.maxRows));
          }
          if (text.length > limits.maxCellLength) {
            const ref = `${columnLetters(col)}${rowNumber}`;
            throw rejected(rejectionMessages.cellTooLong(fileName, name, ref, limits.maxCellLength));
          }
          const font = (cell.style?.font?.name as string | undefined) ?? defaultFont;
          cells[col - 1] = cellOf(text, font);
        });
        if (cells.length > 0) rows[rowNumber - 1] = Array.from(cells, (c) => c ?? empty);
      }
      if (rows.length > 0) {
        // Inner blank rows stay as [] so indices keep matching Excel's row numbers.
        sheets.push({ name, rows: Array.from(rows, (r) => r ?? []), merges: scan?.merges ?? [] });
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Whatever exceljs chokes on (malformed XML, rows without numbers) is a broken file to the user.
    throw rejected(rejectionMessages.corrupt(fileName));
  } finally {
    input.destroy();
    internals.stream?.destroy();
  }

  const order = (internals.model?.sheets ?? []).map((s) => s.name);
  return sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
