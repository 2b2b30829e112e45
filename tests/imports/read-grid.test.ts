import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync, constants as zc } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../src/main/imports/read-grid';
import {
  buildZip,
  expectRejected,
  minimalXlsx,
  repeatedDeflate,
  streamedWorkbook,
  textWithRatio,
  workbook,
} from './hostile-files';
import { KY_ANH_XLSX } from '../fixtures';

const MB = 1024 * 1024;
const text = (t: string, font = 'Calibri') => ({ text: t, font });

describe('readGrid reads', () => {
  it('every kind of value as plain text, fonts, merges, and skips empty sheets', async () => {
    const bytes = await workbook((wb) => {
      const a = wb.addWorksheet('Danh sách');
      a.getCell('A1').value = 'DANH SÁCH KHEN THƯỞNG';
      a.mergeCells('A1:C1');
      a.mergeCells('B4:B5');
      a.getCell('A3').value = { formula: 'B3*2', result: 42 };
      a.getCell('B3').value = 21;
      a.getCell('C3').value = 1.5;
      a.getCell('D3').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn A' }] };
      a.getCell('E3').value = { text: 'Trang chủ', hyperlink: 'https://example.com' };
      a.getCell('F3').value = new Date(Date.UTC(2021, 11, 31));
      a.getCell('G3').value = new Date(Date.UTC(2021, 11, 31, 14, 30));
      a.getCell('H3').value = true;
      a.getCell('I3').value = { error: '#N/A' };
      a.getCell('J3').value = { formula: 'TODAY()', result: new Date(Date.UTC(2022, 0, 2)) };
      a.getCell('K3').value = { formula: 'A1&"!"', result: 'DANH SÁCH KHEN THƯỞNG!' };
      a.getCell('L3').value = { formula: 'NA()' }; // no cached result
      a.getCell('M3').value = 'after the empty one';
      a.getCell('A5').value = 'Nguyeãn Vaên A';
      a.getCell('A5').font = { name: '.VnTime', size: 13 };
      wb.addWorksheet('Trống');
      wb.addWorksheet('Ghi chú').getCell('B2').value = '  giữ nguyên  ';
    });
    const sheets = await readGrid(bytes, 'khen-thuong.xlsx');

    expect(sheets.map((s) => s.name)).toEqual(['Danh sách', 'Ghi chú']);
    const [first, notes] = sheets;
    expect(first?.rows).toEqual([
      [text('DANH SÁCH KHEN THƯỞNG')],
      [],
      [
        text('42'),
        text('21'),
        text('1.5'),
        text('Nguyễn Văn A'),
        text('Trang chủ'),
        text('2021-12-31'),
        text('2021-12-31T14:30'),
        text('TRUE'),
        null,
        text('2022-01-02'),
        text('DANH SÁCH KHEN THƯỞNG!'),
        null,
        text('after the empty one'),
      ],
      [],
      [text('Nguyeãn Vaên A', '.VnTime')],
    ]);
    expect(first?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(notes?.rows).toEqual([[], [null, text('  giữ nguyên  ')]]);
    expect(notes?.merges).toEqual([]);
  });

  it('keeps row numbers true to Excel across blank rows and drops trailing blanks', async () => {
    const rows =
      '<row r="2"><c r="B2" t="inlineStr"><is><t>hai</t></is></c></row>' +
      '<row r="7"><c r="A7"><v>7</v></c><c r="D7" t="inlineStr"><is><t></t></is></c></row>' +
      '<row r="9" ht="20" customHeight="1"/><row r="40000"><c r="C40000" s="0"/></row>';
    const [sheet] = await readGrid(buildZip(minimalXlsx(rows)), 'a.xlsx');
    expect(sheet?.name).toBe('Danh sách');
    expect(sheet?.rows).toEqual([[], [null, { text: 'hai' }], [], [], [], [], [{ text: '7' }]]);
  });

  it('the Kỳ Anh fixture: 71 rows, "Đinh Thị Thơm" at B37 in Times New Roman', async () => {
    const sheets = await readGrid(readFileSync(KY_ANH_XLSX), 'ky-anh-2021-danh-sach-khen-thuong.xlsx');
    expect(sheets).toHaveLength(1);
    const rows = sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(71);
    expect(rows[36]?.[1]).toEqual({ text: 'Đinh Thị Thơm', font: 'Times New Roman' });
    expect(sheets[0]?.merges.length).toBeGreaterThan(0);
  });

  it('Vietnamese letters that fall across the reader’s chunks, whole', async () => {
    // Exceljs decodes each inflated chunk on its own; 20,000 rows of multi-byte text put many
    // letters across chunk boundaries, which used to come back as U+FFFD pairs.
    const words = ['làm theo', 'Đinh Thị Thơm', 'Nguyễn Văn Mến', 'thành tích xuất sắc', 'ệ'];
    const value = (r: number) => `${r} ${words[r % words.length] ?? ''} ${'ạ'.repeat(r % 7)}`;
    const bytes = await streamedWorkbook(20_000, (r) => [value(r)]);
    const [sheet] = await readGrid(bytes, 'a.xlsx');
    const texts = sheet?.rows.map((row) => row[0]?.text ?? '') ?? [];
    expect(texts.filter((t) => t.includes('\ufffd'))).toEqual([]);
    expect(texts).toEqual(Array.from({ length: 20_000 }, (_, i) => value(i + 1)));
    expect(sheet?.name).toBe('Danh sách');
  });

  it('a sheet of exactly 50,000 rows', async () => {
    const bytes = await streamedWorkbook(50_000, (r) => [r]);
    const [sheet] = await readGrid(bytes, 'a.xlsx');
    expect(sheet?.rows).toHaveLength(50_000);
    expect(sheet?.rows[49_999]).toEqual([text('50000')]);
  });
});

describe('readGrid refuses', () => {
  it('a sheet of 50,001 rows, before parsing it', async () => {
    const bytes = await streamedWorkbook(50_001, (r) => [r, `Người ${r}`]);
    await expectRejected(
      () => readGrid(bytes, 'dai.xlsx'),
      /^Trang tính “Danh sách” trong tệp “dai\.xlsx” có hơn 50\.000 dòng\./,
    );
  });

  it('a single value far below row 50,000 (caught while reading)', async () => {
    const far = buildZip(minimalXlsx('<row r="60000"><c r="A60000"><v>1</v></c></row>'));
    await expectRejected(() => readGrid(far, 'xa.xlsx'), /có hơn 50\.000 dòng/);
  });

  it('a sheet with data in 101 columns', async () => {
    const bytes = await streamedWorkbook(3, (r) => Array.from({ length: 101 }, (_, c) => r * 1000 + c));
    await expectRejected(
      () => readGrid(bytes, 'rong.xlsx'),
      /^Trang tính “Danh sách” trong tệp “rong\.xlsx” có dữ liệu ở quá 100 cột/,
    );
  });

  it('a cell of 6,000 characters, naming the cell', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Tóm tắt');
      ws.getCell('A1').value = 'Họ tên';
      ws.getCell('B2').value = 'ư'.repeat(6_000);
    });
    await expectRejected(
      () => readGrid(bytes, 'o-dai.xlsx'),
      /^Ô B2 của trang tính “Tóm tắt” trong tệp “o-dai\.xlsx” dài hơn 5\.000 ký tự\./,
    );
  });

  it('a single text node over 1 MB, without handing it to the XML parser', async () => {
    const huge = `<row r="1"><c r="A1" t="inlineStr"><is><t>${textWithRatio(2 * MB, 10).toString('latin1')}</t></is></c></row>`;
    await expectRejected(
      () => readGrid(buildZip(minimalXlsx(huge)), 'x.xlsx'),
      /trang tính “Danh sách”.*dài hơn 5\.000 ký tự/,
    );
  });

  it('an entry that inflates past its declared size (a lying bomb), within 2 s and little memory', async () => {
    const bomb = repeatedDeflate(Buffer.alloc(MB, 0x20), 1024); // 1 GB of spaces in ~1 MB
    const liar = {
      name: 'xl/worksheets/sheet1.xml',
      compressed: bomb.compressed,
      size: 900_000,
      crc: bomb.crc,
    };
    const bytes = buildZip(minimalXlsx(liar));
    const before = process.memoryUsage.rss();
    await expectRejected(() => readGrid(bytes, 'bom.xlsx'), /^Tệp “bom\.xlsx” có cấu trúc bất thường/);
    expect(process.memoryUsage.rss() - before).toBeLessThan(50 * MB);
  });

  it('an entry whose CRC does not match, or whose XML is broken', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;
    const badCrc = buildZip(minimalXlsx({ name: 'xl/worksheets/sheet1.xml', data: sheet, crc: 1234 }));
    await expectRejected(() => readGrid(badCrc, 'crc.xlsx'), /^Tệp “crc\.xlsx” bị hỏng/);
    const broken = buildZip(minimalXlsx('<row r="1"><c r="A1"><v>1</v></row></c>'));
    await expectRejected(() => readGrid(broken, 'xml.xlsx'), /bị hỏng/);
  });

  it('inline rich text (several runs in <is>), which exceljs would cut to its last run', async () => {
    const rich = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Ng</t></r><r><t>uyễn</t></r></is></c></row>';
    await expectRejected(() => readGrid(buildZip(minimalXlsx(rich)), 'py.xlsx'), /có ô chữ nhiều định dạng/);
    const plain =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn</t></is></c><c r="B1" t="inlineStr"><is><t>A</t></is></c></row>';
    const [sheet] = await readGrid(buildZip(minimalXlsx(plain)), 'py.xlsx');
    expect(sheet?.rows).toEqual([[{ text: 'Nguyễn' }, { text: 'A' }]]);
  });

  it('too much markup for one import, before parsing it', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i + 1}">${'<c><v>1</v></c>'.repeat(30)}</row>`,
    );
    const bytes = buildZip(minimalXlsx(rows.join('')));
    const ms = await expectRejected(() => readGrid(bytes, 'nhieu.xlsx'), /quá nhiều ô dữ liệu/);
    console.info(`2,000,001 elements refused in ${ms.toFixed(0)} ms`);
  });
});

/** A sheet part of `copies` text nodes of 900 KB deflating ~96:1, separated by unknown tags. */
function textSheet(copies: number): { name: string; compressed: Buffer; size: number; crc: number } {
  const head = Buffer.from(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>',
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  const chunk = Buffer.concat([textWithRatio(900_000, 96), Buffer.from('<x/>')]);
  const body = repeatedDeflate(chunk, copies);
  const compressed = Buffer.concat([
    deflateRawSync(head, { finishFlush: zc.Z_SYNC_FLUSH }),
    body.compressed.subarray(0, -2), // drop the body's empty final block; the tail ends the stream
    deflateRawSync(tail),
  ]);
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  return { name: 'xl/worksheets/sheet1.xml', compressed, size: head.length + body.size + tail.length, crc };
}

describe('memory and time near the limits (declared sizes honest, ratio ~96)', () => {
  const measure = async (
    action: () => Promise<unknown>,
  ): Promise<{ ms: number; rss: number; result: unknown }> => {
    const before = process.memoryUsage.rss();
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
    const started = performance.now();
    const result = await action().catch((e: unknown) => e);
    const ms = performance.now() - started;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ms, rss: peak - before, result };
  };

  it('refuses 180 MB of sheet XML quickly and within 300 MB', async () => {
    const bytes = buildZip(minimalXlsx(textSheet(200)));
    const { ms, rss } = await measure(() =>
      expectRejected(() => readGrid(bytes, 'lon.xlsx'), /quá nhiều ô dữ liệu/),
    );
    console.info(
      `180 MB sheet (${(bytes.length / MB).toFixed(1)} MB file): refused in ${ms.toFixed(0)} ms, RSS +${(rss / MB).toFixed(0)} MB`,
    );
    expect(rss).toBeLessThan(300 * MB);
  });

  it('reads a file declaring ~190 MB (130 MB unparsed media, 60 MB sheet text) within 300 MB', async () => {
    const media = repeatedDeflate(textWithRatio(MB, 96), 130);
    const image = {
      name: 'xl/media/image1.png',
      compressed: media.compressed,
      size: media.size,
      crc: media.crc,
    };
    const bytes = buildZip(minimalXlsx(textSheet(66), [image]));
    const { ms, rss, result } = await measure(() => readGrid(bytes, 'gan-gioi-han.xlsx'));
    console.info(
      `~190 MB declared (${(bytes.length / MB).toFixed(1)} MB file): read in ${ms.toFixed(0)} ms, RSS +${(rss / MB).toFixed(0)} MB`,
    );
    expect(result).toEqual([{ name: 'Danh sách', rows: [[{ text: 'ok' }]], merges: [] }]);
    expect(rss).toBeLessThan(300 * MB);
    expect(ms).toBeLessThan(5_000);
  });
});
