import { AppError } from '../core/app-error';
import {
  inflateEntry,
  readZipDirectory,
  type ZipEntry,
  ZipFormatError,
  type ZipProblem,
} from './zip-directory';

export interface ImportLimits {
  /** Size of the file as dropped. */
  maxFileBytes: number;
  /** Total declared uncompressed size of all zip entries. */
  maxUncompressedBytes: number;
  /** Uncompressed/compressed, for any entry and for the whole archive. */
  maxCompressionRatio: number;
  maxEntries: number;
  /** Rows in one sheet (Excel row numbers of cells that hold a value). */
  maxRows: number;
  /** Columns in one sheet (column numbers of cells that hold a value). */
  maxColumns: number;
  /** Characters in one cell, after XML decoding. */
  maxCellLength: number;
  /**
   * XML elements (start tags) in the parts exceljs parses (sheets, shared strings, styles,
   * workbook), counted on the raw XML before parsing. The caps above still allow 5 million
   * cells per sheet, minutes of parsing; this bounds the parse to a few seconds.
   */
  maxXmlElements?: number;
  /**
   * Bytes of text between tags in those parts. Bounds what the parse allocates (exceljs keeps
   * every shared string; the grid keeps every cell) to well under 300 MB even for files whose
   * 200 MB of XML is all text.
   */
  maxTextBytes?: number;
}

const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 20 * MB,
  maxUncompressedBytes: 200 * MB,
  maxCompressionRatio: 100,
  maxEntries: 2_000,
  maxRows: 50_000,
  maxColumns: 100,
  maxCellLength: 5_000,
  maxXmlElements: 2_000_000,
  maxTextBytes: 64 * MB,
};

/**
 * Entries smaller than this are not held to the ratio: small, repetitive XML (an empty styles
 * part, a sheet of blank formatted rows) legitimately compresses past 100:1, and a small entry
 * cannot hurt; the total cap bounds the sum anyway.
 */
const RATIO_FLOOR_BYTES = 1 * MB;

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const ENCRYPTION_STREAMS = ['EncryptedPackage', 'EncryptionInfo'].map((s) => Buffer.from(s, 'utf16le'));

/** 50000 -> "50.000", as Vietnamese readers expect. */
const num = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const megabytes = (bytes: number): string => (bytes / MB).toFixed(1).replace('.', ',');

const RESAVE = 'Hãy mở tệp bằng Excel, lưu lại dưới dạng “Excel Workbook (.xlsx)” rồi nhập lại.';

/** Every refusal message in one place so the wording stays consistent. */
export const rejectionMessages = {
  empty: (f: string) => `Tệp “${f}” trống (0 byte). Hãy kiểm tra lại và chọn đúng tệp danh sách.`,
  tooLarge: (f: string, size: number, limit: number) =>
    `Tệp “${f}” có dung lượng ${megabytes(size)} MB, vượt giới hạn ${num(Math.floor(limit / MB))} MB. ` +
    'Hãy xóa bớt các trang tính, hình ảnh không cần thiết hoặc chia danh sách thành nhiều tệp nhỏ hơn rồi nhập lại.',
  notXlsx: (f: string) => `Tệp “${f}” không phải là tệp Excel .xlsx. ${RESAVE}`,
  xls: (f: string) =>
    `Tệp “${f}” là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx rồi nhập lại.`,
  encrypted: (f: string) =>
    `Tệp “${f}” được đặt mật khẩu (đã mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu ` +
    '(Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi nhập lại.',
  unsupportedCompression: (f: string) => `Tệp “${f}” dùng kiểu nén không được hỗ trợ. ${RESAVE}`,
  zipBomb: (f: string) =>
    `Tệp “${f}” có cấu trúc bất thường (dữ liệu giải nén quá lớn hoặc quá nhiều thành phần) nên không được mở ` +
    'để tránh treo máy. Nếu đây là danh sách thật, hãy sao chép dữ liệu sang một sổ làm việc mới trong Excel, ' +
    'lưu dưới dạng .xlsx rồi nhập lại.',
  corrupt: (f: string) =>
    `Tệp “${f}” bị hỏng hoặc không đầy đủ (có thể do tải xuống hoặc sao chép bị gián đoạn). ` +
    'Hãy lấy lại tệp gốc, hoặc mở bằng Excel và lưu lại dưới dạng .xlsx rồi nhập lại.',
  tooManyRows: (f: string, sheet: string, limit: number) =>
    `Trang tính “${sheet}” trong tệp “${f}” có hơn ${num(limit)} dòng. Hãy xóa các dòng thừa (kể cả dòng trống ` +
    'đã định dạng ở cuối trang) hoặc chia danh sách thành nhiều tệp nhỏ hơn rồi nhập lại.',
  tooManyColumns: (f: string, sheet: string, limit: number) =>
    `Trang tính “${sheet}” trong tệp “${f}” có dữ liệu ở quá ${num(limit)} cột. ` +
    'Hãy xóa các cột thừa bên phải bảng rồi nhập lại.',
  inlineRichText: (f: string, sheet: string) =>
    `Trang tính “${sheet}” trong tệp “${f}” có ô chữ nhiều định dạng do phần mềm khác tạo ra mà ứng dụng ` +
    `chưa đọc đúng được. ${RESAVE}`,
  tooMuchData: (f: string) =>
    `Tệp “${f}” chứa quá nhiều ô dữ liệu và định dạng (kể cả ô trống đã định dạng) để nhập một lần. ` +
    'Hãy xóa các trang tính, dòng và cột không cần thiết hoặc chia danh sách thành nhiều tệp nhỏ hơn rồi nhập lại.',
  cellTooLong: (f: string, sheet: string | null, cell: string | null, limit: number) =>
    `${cell ? `Ô ${cell}` : 'Một ô'} ${sheet ? `của trang tính “${sheet}” trong` : 'trong'} tệp “${f}” ` +
    `dài hơn ${num(limit)} ký tự. Hãy rút gọn nội dung ô này rồi nhập lại.`,
};

export const rejected = (message: string): AppError => new AppError('FILE_REJECTED', message);

const problemMessage: Record<ZipProblem, (f: string) => string> = {
  corrupt: rejectionMessages.corrupt,
  tooManyEntries: rejectionMessages.zipBomb,
  sizeMismatch: rejectionMessages.zipBomb,
  encrypted: rejectionMessages.encrypted,
  unsupportedMethod: rejectionMessages.unsupportedCompression,
};

/** Maps zip-layer failures (and stray RangeErrors from reading a malformed file) to refusals. */
export function toRejection(error: unknown, fileName: string): unknown {
  if (error instanceof ZipFormatError) return rejected(problemMessage[error.problem](fileName));
  if (error instanceof RangeError) return rejected(rejectionMessages.corrupt(fileName));
  return error;
}

const startsWith = (bytes: Uint8Array, magic: Buffer): boolean =>
  bytes.length >= magic.length && Buffer.compare(bytes.subarray(0, magic.length), magic) === 0;

/**
 * The checks of `inspectXlsx`, returning the verified directory so `readGrid` need not read it
 * twice. Nothing here inflates anything: it costs one pass over the central directory.
 */
export function inspectXlsxEntries(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): ZipEntry[] {
  if (bytes.length === 0) throw rejected(rejectionMessages.empty(fileName));
  if (bytes.length > limits.maxFileBytes) {
    throw rejected(rejectionMessages.tooLarge(fileName, bytes.length, limits.maxFileBytes));
  }
  if (startsWith(bytes, OLE2_MAGIC)) {
    // Excel saves a password-protected .xlsx as an OLE2 container whose directory names these
    // streams (in UTF-16); any other OLE2 file is, for our users, an old .xls.
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (ENCRYPTION_STREAMS.some((name) => buf.includes(name))) {
      throw rejected(rejectionMessages.encrypted(fileName));
    }
    throw rejected(rejectionMessages.xls(fileName));
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw rejected(rejectionMessages.notXlsx(fileName));

  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    throw toRejection(error, fileName);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw rejected(rejectionMessages.notXlsx(fileName));
  }

  let totalIn = 0;
  let totalOut = 0;
  for (const entry of entries) {
    totalIn += entry.compressedSize;
    totalOut += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw rejected(rejectionMessages.zipBomb(fileName));
    }
  }
  if (
    totalOut > limits.maxUncompressedBytes ||
    (totalOut > RATIO_FLOOR_BYTES && totalOut / Math.max(1, totalIn) > limits.maxCompressionRatio)
  ) {
    throw rejected(rejectionMessages.zipBomb(fileName));
  }
  return entries;
}

/** Cheap checks on the raw bytes and the zip's central directory, before any inflation. */
export function inspectXlsx(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): void {
  inspectXlsxEntries(bytes, fileName, limits);
}

/** A merged range, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What the raw scan of one worksheet found; problems are reported once its name is known. */
export interface SheetScan {
  rows: number;
  merges: CellRange[];
  oversizedText: boolean;
  /** An inline string with several runs: exceljs's streaming reader keeps only the last run. */
  inlineRichText: boolean;
}

/**
 * No text node or tag needs this much even for a 5,000-character cell with escapes; the scan
 * refuses beyond it so that exceljs's XML parser, which buffers a whole text node or tag, never
 * holds more. Tags get more room: conditional formats in messy files carry long `sqref` lists.
 */
const MAX_TEXT_BYTES = 1 * MB;
const MAX_TAG_BYTES = 4 * MB;
/** One shared string (`<si>`) including its rich-text run markup. */
const MAX_SHARED_STRING_BYTES = 4 * MB;

/** "B3:D4" -> 0-based inclusive range; null for single cells or nonsense. */
export function decodeRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [a, b] = [col(m[1] ?? ''), col(m[3] ?? '')];
  const [r1, r2] = [Number(m[2]) - 1, Number(m[4]) - 1];
  return { top: Math.min(r1, r2), left: Math.min(a, b), bottom: Math.max(r1, r2), right: Math.max(a, b) };
}

const [LT, GT, SLASH, COLON, QUESTION, BANG] = [0x3c, 0x3e, 0x2f, 0x3a, 0x3f, 0x21];
const [ROW, IS, T, MERGE_CELL, SI] = [0, 1, 2, 3, 4];
const NAMES = ['row', 'is', 't', 'mergeCell', 'si'].map((n) => Buffer.from(n, 'latin1'));

/** Which of NAMES the local name in `buf[0..len)` is, or -1: compared as bytes, no strings made. */
function nameId(buf: Uint8Array, len: number): number {
  for (let id = 0; id < NAMES.length; id++) {
    const target = NAMES[id] as Buffer;
    if (target.length !== len) continue;
    let k = 0;
    while (k < len && buf[k] === target[k]) k++;
    if (k === len) return id;
  }
  return -1;
}

/** Why the raw scan refuses a part; scanParts words it once it knows the file (and sheet). */
type Refusal = 'tooMuchData' | 'tooLong' | 'corrupt';

/** Running totals across all parts: the budgets are per workbook. */
interface Budget {
  elements: number;
  text: number;
  maxElements: number;
  maxText: number;
}

/**
 * A byte-level state machine over one part's XML, fed chunk by chunk (tags and text runs cross
 * chunk boundaries, hence the fields). Plain loops over short runs, indexOf only for long ones:
 * the call overhead of indexOf per tag tripled the time; now 2 million elements scan in ~0.3 s.
 */
class XmlTally {
  readonly scan: SheetScan = { rows: 0, merges: [], oversizedText: false, inlineRichText: false };
  refusal: Refusal | null = null;
  private state = 0; // 0: text, 1: a tag's name, 2: the rest of the tag
  private textLen = 0;
  private tagLen = 0;
  private nameLen = 0;
  private readonly nameBuf = new Uint8Array(16);
  private closing = -1; // -1 until the tag's first byte, then 0 or 1
  private pos = 0;
  private siStart = -1;
  private runs = -1; // <t> runs in the current <is>, -1 outside one
  private mergeTag: string | null = null;

  constructor(
    private readonly budget: Budget,
    private readonly isSheet: boolean,
    private readonly isSst: boolean,
  ) {}

  /** Consumes a chunk; returns false (with `refusal` set) as soon as the part must be refused. */
  feed(chunk: Buffer): boolean {
    const n = chunk.length;
    let k = 0;
    while (k < n) {
      let e = k;
      if (this.state === 0) {
        // Text between tags is usually a few bytes: a plain loop beats indexOf's call overhead
        // there, and indexOf takes over for long runs.
        const near = Math.min(n, k + 64);
        while (e < near && chunk[e] !== LT) e++;
        if (e === near && e < n) {
          e = chunk.indexOf(LT, e);
          if (e < 0) e = n;
        }
        this.textLen += e - k;
        if ((this.budget.text += e - k) > this.budget.maxText) return this.refuse('tooMuchData');
        if (this.textLen > MAX_TEXT_BYTES) {
          // In a sheet, report it once the sheet's name is known; elsewhere no cell can be named.
          if (!this.isSheet) return this.refuse(this.isSst ? 'tooLong' : 'corrupt');
          this.scan.oversizedText = true;
          this.textLen = 0;
        }
        if (e === n) break;
        if (this.siStart >= 0 && this.pos + e - this.siStart > MAX_SHARED_STRING_BYTES) {
          return this.refuse('tooLong');
        }
        this.state = 1;
        this.textLen = this.tagLen = this.nameLen = 0;
        this.closing = -1;
        k = e + 1;
        continue;
      }
      if (this.state === 1) {
        for (; e < n; e++) {
          const b = chunk[e] as number;
          if (this.closing < 0) {
            this.closing = b === SLASH ? 1 : 0;
            if (b === QUESTION || b === BANG) break; // <?xml …?>, <!-- … -->: nothing to count
            if (this.closing) continue;
          }
          if (b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) break;
          // After a prefix's colon, start over: only the local name matters.
          if (b === COLON) this.nameLen = 0;
          else this.nameBuf[this.nameLen < 16 ? this.nameLen++ : 15] = b;
        }
        this.tagLen += e - k;
        k = e;
        if (e === n) break;
        if (chunk[e] !== QUESTION && chunk[e] !== BANG && !this.onName(this.pos + e)) return false;
        this.state = 2;
        continue;
      }
      while (e < n && chunk[e] !== GT) e++;
      if (this.mergeTag !== null && this.mergeTag.length < 256) {
        this.mergeTag += chunk.toString('latin1', k, e);
      }
      if ((this.tagLen += e - k) > MAX_TAG_BYTES) return this.refuse('corrupt');
      if (e === n) break;
      if (this.mergeTag !== null) {
        const range = decodeRange(/\sref="([^"]*)"/.exec(this.mergeTag)?.[1] ?? '');
        if (range) this.scan.merges.push(range);
        this.mergeTag = null;
      }
      this.state = 0;
      k = e + 1;
    }
    this.pos += n;
    return true;
  }

  private refuse(why: Refusal): false {
    this.refusal = why;
    return false;
  }

  private onName(at: number): boolean {
    const id = nameId(this.nameBuf, this.nameLen);
    if (this.closing) {
      if (id === IS) this.runs = -1;
      if (id === SI) this.siStart = -1;
      return true;
    }
    if (++this.budget.elements > this.budget.maxElements) return this.refuse('tooMuchData');
    if (this.isSst && id === SI) this.siStart = at;
    if (!this.isSheet) return true;
    if (id === ROW) this.scan.rows++;
    else if (id === IS) this.runs = 0;
    else if (id === T && this.runs >= 0 && ++this.runs > 1) this.scan.inlineRichText = true;
    else if (id === MERGE_CELL) this.mergeTag = '';
    return true;
  }
}

/**
 * Inflates every part exceljs will parse, once, in 64 KB chunks, verifying its real size and
 * CRC against the directory (which `inspectXlsx` trusted) and tallying the raw XML: elements,
 * rows and text (to bound the parse's time and memory before it starts), oversized text nodes
 * and tags, inline rich text, and merged ranges (which exceljs's streaming reader skips).
 */
export async function scanParts(
  bytes: Uint8Array,
  fileName: string,
  parts: ZipEntry[],
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<Map<string, SheetScan>> {
  const budget: Budget = {
    elements: 0,
    text: 0,
    maxElements: limits.maxXmlElements ?? Number.POSITIVE_INFINITY,
    maxText: limits.maxTextBytes ?? Number.POSITIVE_INFINITY,
  };
  const sheets = new Map<string, SheetScan>();
  for (const entry of parts) {
    const isSheet = entry.name.startsWith('xl/worksheets/');
    const tally = new XmlTally(budget, isSheet, entry.name === 'xl/sharedStrings.xml');
    try {
      for await (const chunk of inflateEntry(bytes, entry)) {
        if (!tally.feed(chunk)) break;
      }
    } catch (error) {
      throw toRejection(error, fileName);
    }
    if (tally.refusal === 'tooMuchData') throw rejected(rejectionMessages.tooMuchData(fileName));
    if (tally.refusal === 'corrupt') throw rejected(rejectionMessages.corrupt(fileName));
    if (tally.refusal === 'tooLong') {
      throw rejected(rejectionMessages.cellTooLong(fileName, null, null, limits.maxCellLength));
    }
    if (isSheet) sheets.set(entry.name, tally.scan);
  }
  return sheets;
}
