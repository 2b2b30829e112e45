import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { crc32, deflateRawSync, constants as zc } from 'node:zlib';
import { expect } from 'vitest';
import { AppError } from '../../src/main/core/app-error';

/**
 * Builders for the files the import must survive, all made in memory by the tests themselves:
 * real workbooks from exceljs's writers, and hand-assembled zips whose headers can lie.
 */

export interface RawEntry {
  name: string;
  /** Content to store; ignored when `compressed` is given. */
  data?: string | Buffer;
  /** Already-compressed bytes (for big repeated content); needs `size` and `crc`. */
  compressed?: Buffer;
  method?: number;
  /** What the headers claim; defaults to the truth. */
  size?: number;
  crc?: number;
  flags?: number;
}

/** A zip written byte by byte: local headers, data, central directory, end record. */
export function buildZip(entries: RawEntry[], options: { eocdEntries?: number } = {}): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 8 ? deflateRawSync(raw) : raw);
    const name = Buffer.from(e.name, 'utf8');
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(e.flags ?? 0x0800, 2);
    fields.writeUInt16LE(method, 4);
    fields.writeUInt32LE((e.crc ?? crc32(raw)) >>> 0, 10);
    fields.writeUInt32LE(body.length, 14);
    fields.writeUInt32LE(e.size ?? raw.length, 18);
    fields.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([u32(0x04034b50), fields, name]);
    const dir = Buffer.concat([u32(0x02014b50), u16(20), fields, Buffer.alloc(14), name]);
    dir.writeUInt32LE(offset, 42);
    out.push(local, body);
    central.push(dir);
    offset += local.length + body.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(options.eocdEntries ?? entries.length, 8);
  eocd.writeUInt16LE(options.eocdEntries ?? entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, eocd]);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a minimal one-sheet workbook around a given sheet part. */
export function minimalXlsx(sheet: RawEntry | string, extra: RawEntry[] = []): RawEntry[] {
  const sheetEntry: RawEntry =
    typeof sheet === 'string'
      ? {
          name: 'xl/worksheets/sheet1.xml',
          data: `<worksheet ${NS}><sheetData>${sheet}</sheetData></worksheet>`,
        }
      : sheet;
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    sheetEntry,
    ...extra,
  ];
}

/**
 * `copies` repetitions of `chunk` as one deflate stream, without ever holding the inflated
 * whole: each copy is compressed alone and ends on a sync flush, so copies concatenate.
 */
export function repeatedDeflate(
  chunk: Buffer,
  copies: number,
): { compressed: Buffer; size: number; crc: number } {
  const block = deflateRawSync(chunk, { finishFlush: zc.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < copies; i++) crc = crc32(chunk, crc);
  const final = deflateRawSync(Buffer.alloc(0));
  return {
    compressed: Buffer.concat([...Array<Buffer>(copies).fill(block), final]),
    size: chunk.length * copies,
    crc,
  };
}

/**
 * Letters that deflate at about `ratio`:1 (>= ~2): runs of one letter broken by random letters,
 * with the spacing found by bisection on a sample, since deflate's ratio is not linear in it.
 */
export function textWithRatio(length: number, ratio: number): Buffer {
  const fill = (n: number, every: number): Buffer => {
    const b = Buffer.alloc(n, 0x61);
    let x = 7;
    for (let i = 0; i < n; i += every) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      b[i] = 0x61 + ((x >> 8) % 26);
    }
    return b;
  };
  let [lo, hi] = [1, 4096];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const sample = fill(1 << 18, mid);
    if (sample.length / deflateRawSync(sample).length < ratio) lo = mid;
    else hi = mid;
  }
  return fill(length, lo);
}

/** An OLE2 compound file header followed by the given UTF-16 directory names. */
export function ole2(streamNames: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = streamNames.map((n) => Buffer.from(`${n}\0`, 'utf16le'));
  return Buffer.concat([magic, Buffer.alloc(504), ...names, Buffer.alloc(512)]);
}

/** A workbook built with exceljs's in-memory writer. */
export async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet workbook streamed by exceljs's WorkbookWriter (cheap even for 50,000 rows). */
export async function streamedWorkbook(rowCount: number, row: (r: number) => unknown[]): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet('Danh sách');
  for (let r = 1; r <= rowCount; r++) ws.addRow(row(r)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Runs `action`, expecting a FILE_REJECTED AppError matching `message`, within 2 seconds. */
export async function expectRejected(action: () => unknown, message: RegExp | string): Promise<number> {
  const started = performance.now();
  let error: unknown;
  try {
    await action();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - started;
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('FILE_REJECTED');
  if (typeof message === 'string') expect((error as AppError).message).toBe(message);
  else expect((error as AppError).message).toMatch(message);
  expect(ms).toBeLessThan(2_000);
  return ms;
}
