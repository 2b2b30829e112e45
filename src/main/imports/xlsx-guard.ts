import { AppError } from '../core/app-error';
import { readZipDirectory, type ZipEntry, ZipFormatError, type ZipProblem } from './zip-directory';

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
