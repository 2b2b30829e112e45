import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, useCores, useTempDir } from '../helpers';
import { CURRENT_TITLE, EARLIER_TITLE, seedTwoConferences } from './seed';

type Cells = (string | number | null)[];

async function readSheet(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every row as plain values (A…D), to find the tables as a reader would. */
function values(sheet: ExcelJS.Worksheet): Cells[] {
  const out: Cells[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = [1, 2, 3, 4].map((c) => {
      const v = row.getCell(c).value;
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    });
  });
  return out.map((r) => r ?? [null, null, null, null]);
}

/** The rows from a table's header down to its total line. */
function tableAt(all: Cells[], heading: string): Cells[] {
  const start = all.findIndex((r) => r[0] === heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((r, i) => i > start && r[0] === 'Tổng cộng');
  return all.slice(start + 1, end + 1);
}

describe('exports.statistics', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('writes the four tables beside the compared conference, as numbers in Times New Roman', async () => {
    const core = await openCore({ dataDir: dir() });
    const { current, earlier } = await seedTwoConferences(core);
    const file = await call(core, 'exports.statistics', { conferenceId: current, compareWithId: earlier });

    expect(file.fileName).toBe(`Thống kê - ${CURRENT_TITLE}.xlsx`);
    expect(dirname(file.path)).toBe(core.context.exportsDir);
    expect(file.size).toBe(readFileSync(file.path).length);
    expect(file.rows).toBe(3 + 6 + 6 + 4);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    expect(readdirSync(core.context.exportsDir)).toEqual([file.fileName]);

    const workbook = await readSheet(file.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Thống kê']);
    const sheet = workbook.getWorksheet('Thống kê');
    if (!sheet) throw new Error('no sheet');
    const all = values(sheet);
    expect(all[0]?.[0]).toBe(`Thống kê khen thưởng – ${CURRENT_TITLE}`);
    expect(all.slice(1, 3).map((r) => r[0])).toEqual([
      `Hội nghị này: ${CURRENT_TITLE}`,
      `Hội nghị so sánh: ${EARLIER_TITLE}`,
    ]);

    expect(tableAt(all, '1. Theo loại đối tượng')).toEqual([
      ['Loại đối tượng', 'Hội nghị này', 'Hội nghị so sánh', 'Chênh lệch'],
      ['Tập thể', 1, 1, 0],
      ['Cá nhân', 4, 2, 2],
      ['Hộ gia đình', 1, 0, 1],
      ['Tổng cộng', 6, 3, 3],
    ]);
    expect(tableAt(all, '2. Theo hình thức khen thưởng')).toEqual([
      ['Hình thức khen thưởng', 'Hội nghị này', 'Hội nghị so sánh', 'Chênh lệch'],
      ['Bằng khen', 1, 1, 0],
      ['Giấy chứng nhận', 1, 0, 1],
      ['Giấy khen', 2, 1, 1],
      ['Thư khen', 0, 1, -1],
      ['Giấy biểu dương', 1, 0, 1],
      ['Chưa chọn hình thức', 1, 0, 1],
      ['Tổng cộng', 6, 3, 3],
    ]);
    expect(tableAt(all, '3. Theo đơn vị').map((r) => r[0])).toEqual([
      'Đơn vị',
      'Chi bộ Khối dân',
      'Dân quân tự vệ',
      'Đảng bộ xã Kỳ Hoa',
      'Ủy ban nhân dân phường Sông Trí',
      'Văn phòng Thị ủy',
      'Chưa rõ đơn vị',
      'Tổng cộng',
    ]);
    expect(tableAt(all, '4. Theo trạng thái')).toEqual([
      ['Trạng thái', 'Hội nghị này', 'Hội nghị so sánh', 'Chênh lệch'],
      ['Đề nghị', 1, 3, -2],
      ['Được duyệt', 6, 0, 6],
      ['Không được duyệt', 1, 1, 0],
      ['Rút', 1, 1, 0],
      ['Tổng cộng', 9, 5, 4],
    ]);

    // Headers bold; every cell Times New Roman 13 (the title 14); no formula anywhere.
    const headerRow = all.findIndex((r) => r[0] === 'Loại đối tượng') + 1;
    for (let c = 1; c <= 4; c += 1) {
      const cell = sheet.getRow(headerRow).getCell(c);
      expect(cell.font.bold).toBe(true);
      expect(cell.font.name).toBe('Times New Roman');
      expect(cell.border.bottom?.style).toBe('thin');
    }
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.font.name).toBe('Times New Roman');
        expect(cell.font.size).toBe(cell.row === '1' || Number(cell.row) === 1 ? 14 : 13);
      }),
    );
    // Rows are sized for 13-point text (LibreOffice does not fit them when it opens the file).
    sheet.eachRow((row) => expect(row.height).toBeGreaterThanOrEqual(17));
    const countCell = sheet.getRow(headerRow + 2).getCell(2);
    expect(countCell.type).toBe(ExcelJS.ValueType.Number);
    expect(countCell.border.left?.style).toBe('thin');
  });

  it('has two columns when nothing is compared, and keeps Vietnamese letters in a safe file name', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị: sơ kết "Chỉ thị 05" 2024/2025',
      kind: 'so_ket',
      startsAt: '2025-05-19',
    });
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
    });
    const file = await call(core, 'exports.statistics', { conferenceId: conference.id });
    expect(file.fileName).toBe('Thống kê - Hội nghị- sơ kết -Chỉ thị 05- 2024-2025.xlsx');

    const sheet = (await readSheet(file.path)).getWorksheet('Thống kê');
    if (!sheet) throw new Error('no sheet');
    const all = values(sheet);
    expect(all.some((r) => typeof r[0] === 'string' && r[0].startsWith('Hội nghị so sánh'))).toBe(false);
    expect(tableAt(all, '1. Theo loại đối tượng')).toEqual([
      ['Loại đối tượng', 'Số lượng', null, null],
      ['Cá nhân', 1, null, null],
      ['Tổng cộng', 1, null, null],
    ]);
    // No one approved: the note says the proposals are what is counted.
    expect(
      all.some((r) => typeof r[0] === 'string' && r[0].includes('đối tượng đề nghị và được duyệt')),
    ).toBe(true);
  });
});
