import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useCores, useTempDir } from '../helpers';

/** A unit's list typed partly in legacy fonts, as old templates still are. */
async function legacyList(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng']);
  const rows: [string[], string | null][] = [
    [['1', '§inh ThÞ Th¬m', 'C¸n bé', '§¶ng bé C«ng an thÞ x·', 'GiÊy khen'], '.VnTime'],
    [['2', 'Nguyeãn Vaên Meán', 'Ñaûng vieân', 'Ñaûng boä xaõ Kyø Hoa', 'Giaáy khen'], 'VNI-Times'],
    [['3', 'nguyÔn v¨n mÕn', 'Trưởng thôn', 'Xã Kỳ Hoa', 'Giấy khen'], '.VnTimeH'],
    [['4', 'Lê Thị Kim Liên', 'Cán bộ', 'Đảng bộ Công an thị xã', 'Giấy khen'], null],
  ];
  for (const [values, font] of rows) {
    const row = sheet.addRow(values);
    // The .VnTimeH name alone: the rest of that row is typed in Unicode.
    const cells = font === '.VnTimeH' ? [2] : [2, 3, 4, 5];
    if (font) for (const c of cells) row.getCell(c).font = { name: font, size: 13 };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('importing text typed in legacy fonts', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('converts TCVN3 (.VnTime, .VnTimeH) and VNI cells to Unicode and says which were found', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'don-vi-cu.xlsx',
      contentBase64: await legacyList(),
    });
    expect(preview.rows.map((r) => [r.fullName, r.position, r.unitName, r.encodings])).toEqual([
      ['Đinh Thị Thơm', 'Cán bộ', 'Đảng bộ Công an thị xã', ['tcvn3']],
      ['Nguyễn Văn Mến', 'Đảng viên', 'Đảng bộ xã Kỳ Hoa', ['vni']],
      ['NGUYỄN VĂN MẾN', 'Trưởng thôn', 'Xã Kỳ Hoa', ['tcvn3']],
      ['Lê Thị Kim Liên', 'Cán bộ', 'Đảng bộ Công an thị xã', []],
    ]);
    expect(preview.rows.every((r) => r.issues.length === 0)).toBe(true);
    // Converted text is stored in NFC and joins the same unit as the Unicode row.
    await call(core, 'imports.commit', { importId: preview.importId });
    const units = await call(core, 'units.list', { conferenceId: conference.id });
    expect(units.map((u) => u.name)).toEqual(['Đảng bộ Công an thị xã', 'Đảng bộ xã Kỳ Hoa', 'Xã Kỳ Hoa']);
  });
});
