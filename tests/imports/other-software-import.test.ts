import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useCores, useTempDir } from '../helpers';

const base64 = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

/** A list exported by a commendation web app: kinds and award forms as codes, a lookup sheet. */
async function codedList(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('Danh sach');
  list.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  list.addRow(['STT', 'Họ và tên', 'Loại đối tượng', 'Chức vụ', 'Hình thức khen thưởng']);
  list.addRow(['1', 'Trường Tiểu học Kỳ Hoa', 'TAPTHE', '', 10]);
  list.addRow(['2', 'Gia đình ông Lê Văn Hải', 'HOGIADINH', '', 10]);
  list.addRow(['3', 'Đại tá Lê Văn Tiến', 'CANHAN', 'Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã', 20]);
  list.addRow(['4', 'Bà Đinh Thị Thơm', 'Cá nhân', 'Cán bộ', 20]);
  const lookup = workbook.addWorksheet('Danh muc');
  lookup.addRow(['Mã số', 'Hình thức khen thưởng']);
  lookup.addRow([10, 'Giấy khen']);
  lookup.addRow([20, 'Bằng khen']);
  return base64(workbook);
}

describe('lists made with other commendation software', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('reads kind codes, award form codes through the lookup sheet, and ranks', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'phan-mem-khen-thuong.xlsx',
      contentBase64: await codedList(),
    });
    const forms = await call(core, 'awards.list', { includeInactive: true });
    const formName = (id: number | null) => forms.find((f) => f.id === id)?.name ?? null;
    expect(preview.sheetName).toBe('Danh sach');
    expect(
      preview.rows.map((r) => [r.kind, r.honorific, r.fullName, r.position, formName(r.awardFormId)]),
    ).toEqual([
      ['tap_the', null, 'Trường Tiểu học Kỳ Hoa', '', 'Giấy khen'],
      ['ho_gia_dinh', null, 'Gia đình ông Lê Văn Hải', '', 'Giấy khen'],
      ['ca_nhan', null, 'Lê Văn Tiến', 'Đại tá, Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã', 'Bằng khen'],
      ['ca_nhan', 'ba', 'Đinh Thị Thơm', 'Cán bộ', 'Bằng khen'],
    ]);
    expect(preview.rows.flatMap((r) => r.issues)).toEqual([]);
    expect(preview.emptyReason).toBeNull();
  });

  it('imports a list of collectives headed "Tên đơn vị / tập thể"', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tap the');
    sheet.addRow(['STT', 'Tên đơn vị / tập thể', 'Hình thức khen thưởng']);
    for (const [i, name] of [
      'Chi bộ Khối dân',
      'Trường Tiểu học Kỳ Hoa',
      'Hội Chữ thập đỏ thị xã',
    ].entries()) {
      sheet.addRow([i + 1, name, 'Giấy khen']);
    }
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'tap-the.xlsx',
      contentBase64: await base64(workbook),
    });
    expect(preview.rows.map((r) => [r.kind, r.fullName])).toEqual([
      ['tap_the', 'Chi bộ Khối dân'],
      ['tap_the', 'Trường Tiểu học Kỳ Hoa'],
      ['tap_the', 'Hội Chữ thập đỏ thị xã'],
    ]);
  });

  it('says what it could not find in a sheet that yields no rows, and offers its columns to map', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['DANH SÁCH']);
    sheet.addRow(['STT', 'Người được đề nghị', 'Đơn vị công tác']);
    sheet.addRow([1, 'Nguyễn Văn Mến', 'Xã Kỳ Hoa']);
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'la.xlsx',
      contentBase64: await base64(workbook),
    });
    expect(preview.rows).toEqual([]);
    expect(preview.emptyReason).toBe('noNameColumn');
    expect(preview.headerRow).toBe(2);
    expect(preview.columns.map((c) => [c.heading, c.field])).toEqual([
      ['STT', 'stt'],
      ['Người được đề nghị', null],
      ['Đơn vị công tác', 'unit'],
    ]);
    const mapped = await call(core, 'imports.remap', {
      importId: preview.importId,
      mapping: { '1': 'fullName' },
    });
    expect(mapped.rows.map((r) => [r.fullName, r.unitName])).toEqual([['Nguyễn Văn Mến', 'Xã Kỳ Hoa']]);
    expect(mapped.emptyReason).toBeNull();
  });

  it('reads TCVN3 section titles whose toned capitals a converter wrote as two letters', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.createSample', {});
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    const rows = [
      ['STT', 'Hä vµ tªn', 'Chøc vô'],
      ['I. TAËP THEÓ'],
      ['1', 'Chi bé Khèi d©n', ''],
      ['II. CA¸ NH¢N'],
      ['2', '¤ng NguyÔn V¨n MÕn', 'C¸n bé'],
      ['III. HOé GIA §I×NH'],
      ['3', 'Gia ®×nh «ng Lª V¨n H¶i', ''],
    ];
    for (const values of rows) {
      const row = sheet.addRow(values);
      row.eachCell((cell) => (cell.font = { name: '.VnTime', size: 13 }));
    }
    const preview = await call(core, 'imports.open', {
      conferenceId: conference.id,
      fileName: 'tcvn3.xlsx',
      contentBase64: await base64(workbook),
    });
    expect(preview.rows.map((r) => [r.kind, r.honorific, r.fullName, r.issues])).toEqual([
      ['tap_the', null, 'Chi bộ Khối dân', []],
      ['ca_nhan', 'ong', 'Nguyễn Văn Mến', []],
      ['ho_gia_dinh', null, 'Gia đình ông Lê Văn Hải', []],
    ]);
  });
});
