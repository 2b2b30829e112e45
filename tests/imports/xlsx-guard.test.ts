import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, inspectXlsx } from '../../src/main/imports/xlsx-guard';
import { buildZip, expectRejected, minimalXlsx, ole2, repeatedDeflate, workbook } from './hostile-files';
import { KY_ANH_XLSX } from '../fixtures';

const MB = 1024 * 1024;

const inspect =
  (bytes: Buffer, name = 'danh-sach.xlsx') =>
  () =>
    inspectXlsx(bytes, name);

describe('inspectXlsx accepts', () => {
  it('a workbook written by exceljs, a hand-built minimal one and the Kỳ Anh fixture', async () => {
    const real = await workbook((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'Xin chào';
    });
    expect(() => inspectXlsx(real, 'a.xlsx')).not.toThrow();
    expect(() => inspectXlsx(buildZip(minimalXlsx('')), 'b.xlsx')).not.toThrow();
    expect(() => inspectXlsx(readFileSync(KY_ANH_XLSX), 'ky-anh.xlsx')).not.toThrow();
  });

  it('small entries that compress past 100:1, as blank formatted rows do', () => {
    const rows = '<row r="1" s="1" customFormat="1"/>'.repeat(20_000); // ~700 KB, ratio far above 100
    expect(() => inspectXlsx(buildZip(minimalXlsx(rows)), 'a.xlsx')).not.toThrow();
  });
});

describe('inspectXlsx refuses, naming the file', () => {
  it('an empty file', async () => {
    await expectRejected(inspect(Buffer.alloc(0), 'trong.xlsx'), /^Tệp “trong\.xlsx” trống/);
  });

  it('a file over 20 MB, before looking inside', async () => {
    const big = Buffer.alloc(DEFAULT_IMPORT_LIMITS.maxFileBytes + 1);
    big.write('PK\x03\x04', 'latin1');
    await expectRejected(inspect(big, 'to.xlsx'), /“to\.xlsx” có dung lượng 20,0 MB, vượt giới hạn 20 MB/);
  });

  it.each([
    ['a renamed text file', Buffer.from('STT\tHọ và tên\n1\tNguyễn Văn A\n')],
    ['a renamed PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
    ['a renamed PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])('%s', async (_label, bytes) => {
    await expectRejected(
      inspect(bytes, 'ds.xlsx'),
      /^Tệp “ds\.xlsx” không phải là tệp Excel \.xlsx\. Hãy mở/,
    );
  });

  it('a zip that is not a workbook (a .docx, or missing [Content_Types].xml)', async () => {
    const docx = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    await expectRejected(inspect(docx), /không phải là tệp Excel \.xlsx/);
    const noTypes = buildZip(minimalXlsx('').filter((e) => e.name !== '[Content_Types].xml'));
    await expectRejected(inspect(noTypes), /không phải là tệp Excel \.xlsx/);
  });

  it('an Excel 97–2003 .xls file, whatever its extension', async () => {
    const xls = ole2(['Workbook', 'SummaryInformation']);
    await expectRejected(
      inspect(xls, 'cu.xls'),
      'Tệp “cu.xls” là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx rồi nhập lại.',
    );
    await expectRejected(
      inspect(xls, 'doi-ten.xlsx'),
      /^Tệp “doi-ten\.xlsx” là định dạng Excel 97–2003 \(\.xls\)/,
    );
  });

  it('a password-protected workbook (OLE2 holding EncryptionInfo / EncryptedPackage)', async () => {
    const encrypted = ole2(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    await expectRejected(
      inspect(encrypted, 'mat-khau.xlsx'),
      /^Tệp “mat-khau\.xlsx” được đặt mật khẩu.*gỡ mật khẩu/,
    );
  });

  it('zip entries flagged as encrypted, or AES-encrypted (method 99)', async () => {
    const flagged = buildZip(
      minimalXlsx('', [{ name: 'xl/styles.xml', data: '<styleSheet/>', flags: 0x0801 }]),
    );
    await expectRejected(inspect(flagged), /được đặt mật khẩu/);
    const aes = buildZip(minimalXlsx('', [{ name: 'xl/styles.xml', data: '<styleSheet/>', method: 99 }]));
    await expectRejected(inspect(aes), /được đặt mật khẩu/);
  });

  it('an unsupported compression method (bzip2, deflate64)', async () => {
    for (const method of [12, 9]) {
      const odd = buildZip(minimalXlsx('', [{ name: 'xl/styles.xml', data: '<styleSheet/>', method }]));
      await expectRejected(inspect(odd), /dùng kiểu nén không được hỗ trợ/);
    }
  });

  it('too many zip entries, without walking them', async () => {
    const many = Array.from({ length: 2_001 }, (_, i) => ({
      name: `xl/media/x${i}.bin`,
      data: 'x',
      method: 0,
    }));
    await expectRejected(inspect(buildZip(minimalXlsx('', many))), /cấu trúc bất thường/);
  });

  it('a declared uncompressed total over 200 MB, even at an innocent ratio', async () => {
    // Three 1 MB entries of noise claiming 70 MB each: ratio 70, total 210 MB.
    const parts = [1, 2, 3].map((i) => ({
      name: `xl/media/image${i}.png`,
      data: randomBytes(MB),
      size: 70 * MB,
    }));
    await expectRejected(inspect(buildZip(minimalXlsx('', parts))), /cấu trúc bất thường/);
  });

  it('a classic zip bomb: one entry deflating 1000:1 (honest headers)', async () => {
    const bomb = repeatedDeflate(Buffer.alloc(MB), 150); // 150 MB of zeros in ~150 KB
    const entry = {
      name: 'xl/worksheets/sheet1.xml',
      compressed: bomb.compressed,
      size: bomb.size,
      crc: bomb.crc,
    };
    await expectRejected(
      inspect(buildZip(minimalXlsx(entry))),
      /^Tệp “danh-sach\.xlsx” có cấu trúc bất thường/,
    );
  });

  it('many small entries that are harmless alone but exceed 100:1 together', async () => {
    const zeros = repeatedDeflate(Buffer.alloc(MB / 2), 1);
    const parts = Array.from({ length: 300 }, (_, i) => ({
      name: `xl/media/p${i}.bin`,
      compressed: zeros.compressed,
      size: zeros.size,
      crc: zeros.crc,
    }));
    await expectRejected(inspect(buildZip(minimalXlsx('', parts))), /cấu trúc bất thường/);
  });

  it('a truncated file or central directory', async () => {
    const good = await workbook((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'x';
    });
    await expectRejected(inspect(good.subarray(0, good.length - 200)), /^Tệp “danh-sach\.xlsx” bị hỏng/);
    await expectRejected(inspect(good.subarray(0, Math.floor(good.length / 2))), /bị hỏng/);
    // End record intact, but it counts more entries than the directory holds.
    await expectRejected(inspect(buildZip(minimalXlsx(''), { eocdEntries: 9 })), /bị hỏng/);
    // A hole cut out of the middle of the central directory.
    const zip = buildZip(minimalXlsx(''));
    const cdStart = zip.readUInt32LE(zip.length - 6);
    const holed = Buffer.concat([zip.subarray(0, cdStart + 60), zip.subarray(cdStart + 90)]);
    await expectRejected(inspect(holed), /bị hỏng/);
  });

  it('a local header that disagrees with the central directory', async () => {
    const zip = buildZip(minimalXlsx(''));
    zip.write('[Content_Typez]', 30, 'latin1'); // rename the first entry in its local header only
    await expectRejected(inspect(zip), /bị hỏng/);
  });
});
