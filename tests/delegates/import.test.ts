import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { call, callError, useCores, useTempDir } from '../helpers';
import { seedDelegates } from './seed';
import { failInserts } from '../db-access';

/**
 * A delegate list built like the ones units send: a heading block, the table header on row 4,
 * a column-number row, section rows naming groups, NFD text, "Ông"/"Bà" in the name column,
 * a count line and a signature block under it.
 */
async function delegateWorkbook(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.addRow(['UBND THỊ XÃ KỲ ANH']);
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Chức danh', 'Cơ quan', 'Số ghế', 'Mã đại biểu', 'Ghi chú']);
  sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['', '(Danh sách có 5 đại biểu)']);
  sheet.addRow(['', '', '', 'T/M ỦY BAN NHÂN DÂN']);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const GOOD_ROWS: (string | number)[][] = [
  ['I', 'KHÁCH MỜI'],
  [1, 'Ông Nguyễn Văn Bình', 'Bí thư Thị ủy', 'Thị ủy Kỳ Anh', 'A1', '001', ''],
  [2, 'Bà Đinh Thị Thơm'.normalize('NFD'), 'Chủ tịch', 'Hội Phụ nữ', 'A2', 2, ''],
  ['II. ĐẠI BIỂU CƠ SỞ'],
  [3, 'Lê Văn An', 'Hiệu trưởng', 'Trường THCS Kỳ Hoa', 'B1', '003', 'Đến muộn'],
  [4, 'Trần Thị Hoa', 'Giáo viên', 'Trường THCS Kỳ Hoa', 'B2', '004', ''],
  [5, 'Trần Thị Hoa', 'Giáo viên', 'Trường THCS Kỳ Hoa', 'B3', '005', ''],
];

describe('importing a delegate list', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function open(core: Core, conferenceId: number, rows = GOOD_ROWS) {
    return call(core, 'delegates.importOpen', {
      conferenceId,
      fileName: 'dai-bieu.xlsx',
      contentBase64: await delegateWorkbook(rows),
    });
  }

  it('previews with the heading, groups from section rows, honorifics and NFC text', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị tổng kết',
      kind: 'tong_ket',
      startsAt: '2024-01-05',
    });
    const preview = await open(core, conference.id);
    expect(preview.headerRow).toBe(4);
    expect(preview.columns.map((c) => c.field)).toEqual([
      'stt',
      'fullName',
      'title',
      'unit',
      'seat',
      'badge',
      'notes',
    ]);
    expect(preview.rows.map((r) => [r.rowNumber, r.honorific, r.fullName, r.groupName, r.badge])).toEqual([
      [7, 'ong', 'Nguyễn Văn Bình', 'KHÁCH MỜI', '001'],
      [8, 'ba', 'Đinh Thị Thơm', 'KHÁCH MỜI', '2'],
      [10, null, 'Lê Văn An', 'ĐẠI BIỂU CƠ SỞ', '003'],
      [11, null, 'Trần Thị Hoa', 'ĐẠI BIỂU CƠ SỞ', '004'],
      [12, null, 'Trần Thị Hoa', 'ĐẠI BIỂU CƠ SỞ', '005'],
    ]);
    expect(preview.rows[1]?.fullName).toBe('Đinh Thị Thơm'.normalize('NFC'));
    // Same name and unit twice: a warning pointing at the first row, not a blocking problem.
    expect(preview.rows[4]).toMatchObject({ duplicateOfRow: 11, issues: [] });
    expect(preview.rows.every((r) => r.issues.length === 0)).toBe(true);

    const result = await call(core, 'delegates.importCommit', { importId: preview.importId });
    expect(result).toEqual({ created: 5, conferenceId: conference.id });
    const list = await call(core, 'delegates.list', { conferenceId: conference.id, sort: 'badge' });
    expect(list.items.map((d) => d.badge)).toEqual(['2', '001', '003', '004', '005']);
    expect(list.items[2]).toMatchObject({ notes: 'Đến muộn', seat: 'B1', title: 'Hiệu trưởng' });
    // Imported delegates are found at the desk like any other.
    const found = await call(core, 'delegates.search', { conferenceId: conference.id, query: 'thom' });
    expect(found.items.map((d) => d.fullName)).toEqual(['Đinh Thị Thơm']);
    expect((await callError(core, 'delegates.importCommit', { importId: preview.importId })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('blocks badges repeated in the file or already given, until those rows are left out', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await seedDelegates(core);
    const preview = await open(core, conference.id, [
      [1, 'Phạm Văn Cường', '', 'Xã Kỳ Hà', '', '0123', ''],
      [2, 'Hồ Thị Lan', '', 'Xã Kỳ Hà', '', '0300', ''],
      [3, 'Võ Minh Đức', '', 'Xã Kỳ Hà', '', '0300', ''],
      [4, 'Nguyễn Văn A', 'Bí thư', 'Đảng ủy xã Kỳ Hoa', '', '', ''],
      [5, '', 'Không tên', 'Xã Kỳ Hà', '', '0301', ''],
    ]);
    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(6)?.issues).toEqual([
      { field: 'badge', key: 'badgeTaken', value: '0123 (Nguyễn Văn A)' },
    ]);
    expect(byRow.get(7)?.issues).toEqual([]);
    expect(byRow.get(8)?.issues).toEqual([{ field: 'badge', key: 'badgeRepeated', value: '0300 (dòng 7)' }]);
    expect(byRow.get(9)).toMatchObject({ alreadyListed: true, issues: [] });
    expect(byRow.get(10)?.issues).toEqual([{ field: 'fullName', key: 'missingName' }]);

    const refused = await callError(core, 'delegates.importCommit', { importId: preview.importId });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('Còn 3 dòng có lỗi (dòng 6, 8, 10)');
    expect((await call(core, 'delegates.attendance', { conferenceId: conference.id })).total).toBe(4);

    const result = await call(core, 'delegates.importCommit', {
      importId: preview.importId,
      exclude: [6, 8, 9, 10],
    });
    expect(result.created).toBe(1);
    expect((await call(core, 'delegates.attendance', { conferenceId: conference.id })).total).toBe(5);
  });

  it('writes nothing when a failure happens halfway through the commit', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị sơ kết',
      kind: 'so_ket',
      startsAt: '2024-01-05',
    });
    const preview = await open(core, conference.id);
    // Aborting the insert of Excel row 11 stands in for a crash or a full disk mid-way.
    const restore = await failInserts(core.context.store, 'delegates', 'injected failure', {
      when: 'new.source_row = 11',
    });
    expect((await callError(core, 'delegates.importCommit', { importId: preview.importId })).code).toBe(
      'INTERNAL',
    );
    expect((await call(core, 'delegates.attendance', { conferenceId: conference.id })).total).toBe(0);
    await restore();
    // The session survives a failed write, so the same preview can be written once the cause is gone.
    expect((await call(core, 'delegates.importCommit', { importId: preview.importId })).created).toBe(5);
  });

  it('refuses files that are not delegate lists with plain Vietnamese', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị sơ kết',
      kind: 'so_ket',
      startsAt: '2024-01-05',
    });
    const notXlsx = await callError(core, 'delegates.importOpen', {
      conferenceId: conference.id,
      fileName: 'ghi-chu.xlsx',
      contentBase64: Buffer.from('chỉ là chữ').toString('base64'),
    });
    expect(notXlsx.code).toBe('FILE_REJECTED');
    expect(notXlsx.message).toContain('ghi-chu.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trang 1').addRow(['Nội dung', 'Thời gian']);
    const noHeader = await callError(core, 'delegates.importOpen', {
      conferenceId: conference.id,
      fileName: 'chuong-trinh.xlsx',
      contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    });
    expect(noHeader.code).toBe('VALIDATION');
    expect(noHeader.message).toContain('Họ và tên');
  });
});
