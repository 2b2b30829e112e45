import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Honoree } from '../../src/main/exports/honorees';
import { buildListModel, COLUMN_HEADERS, type ListModel } from '../../src/main/exports/list-model';
import { DATA_HEADERS, DATA_SHEET } from '../../src/main/exports/xlsx-data-sheet';
import { writeListXlsx } from '../../src/main/exports/xlsx-list';
import { headingSpans, listLayout, SIGNATURE_SPACE_ROWS } from '../../src/main/exports/xlsx-list-layout';
import { LIST_SHEET } from '../../src/main/exports/xlsx-list-sheet';
import { printScale } from '../../src/main/exports/xlsx-list-pages';
import { xmlText } from '../../src/main/exports/xlsx-rows';
import { ONE_LINE, sheetWidth } from '../../src/main/exports/xlsx-styles';

// Points between two wrapped lines of Times New Roman 13 (xlsx-styles.ts).
const LINE = 16.5;
import { matchHeading } from '../../src/main/imports/headings';
import { inflateEntry, readZipDirectory } from '../../src/main/imports/zip-directory';
import { listOptionsRecord, type ListOptions } from '../../src/shared/exports';
import { useTempDir } from '../helpers';

const PARTY = { organiser: 'Ban Chấp hành Đảng bộ thị xã Kỳ Anh', partyHeader: true };
const STATE = { organiser: 'Ủy ban nhân dân thị xã Kỳ Anh', partyHeader: false };
const LONG_ACHIEVEMENT =
  'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; ' +
  'tích cực vận động Nhân dân hiến đất, góp công xây dựng đường giao thông nông thôn, xây dựng nông ' +
  'thôn mới kiểu mẫu giai đoạn 2016 - 2021.';
const BULLETED = '- Hoàn thành xuất sắc nhiệm vụ năm 2020;\n- Tích cực tham gia phong trào thi đua.';
// Every Vietnamese letter with a mark, lower and upper case, in NFC.
const VIETNAMESE =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

let nextId = 1;
function honoree(overrides: Partial<Honoree> = {}): Honoree {
  const id = nextId++;
  return {
    id,
    kind: 'ca_nhan',
    honorific: 'ba',
    fullName: `Đinh Thị Thơm ${id}`,
    gender: 'nu',
    birth: '1975',
    position: 'Cán bộ',
    unitName: 'Đảng bộ Công an thị xã',
    achievement: 'Có mô hình “làm theo” thiết thực, hiệu quả, có sức lan tỏa',
    awardFormId: 4,
    awardFormName: 'Giấy khen',
    awardFormRank: 700,
    proposingUnitName: 'Đảng ủy Công an thị xã',
    status: 'duoc_duyet',
    notes: '',
    ...overrides,
  };
}

const collective = (name: string, overrides: Partial<Honoree> = {}): Honoree =>
  honoree({
    kind: 'tap_the',
    honorific: null,
    gender: null,
    birth: '',
    position: '',
    fullName: name,
    ...overrides,
  });

/** Two collectives and three individuals, as the Kỳ Anh list starts. */
const SMALL_LIST = (): Honoree[] => [
  collective('Đảng bộ Công an thị xã'),
  collective('Chi bộ Khối dân', { achievement: LONG_ACHIEVEMENT }),
  honoree({ fullName: 'Nguyễn Văn Mến', honorific: 'ong', gender: 'nam', birth: '1975-05-19' }),
  honoree({ fullName: 'Đinh Thị Thơm', achievement: BULLETED }),
  honoree({ fullName: 'Lê Thị Kim Liên', position: 'Phó Chủ tịch UBND xã', notes: 'Nhận thay' }),
];

const options = (overrides: Partial<ListOptions> = {}): ListOptions =>
  listOptionsRecord.parse({
    decisionNumber: '123-QĐ/ThU',
    decisionDate: '2021-05-19',
    decisionIssuer: 'Ban Thường vụ Thị ủy',
    signerCapacity: 'T/M Ban Thường vụ',
    signerTitle: 'Bí thư',
    signerName: 'Nguyễn Văn A',
    ...overrides,
  });

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every part of the package as text, read with the importer's checking zip reader. */
async function packageParts(path: string): Promise<Map<string, string>> {
  const bytes = new Uint8Array(readFileSync(path));
  const parts = new Map<string, string>();
  for (const entry of readZipDirectory(bytes, 100)) {
    const chunks: Buffer[] = [];
    for await (const chunk of inflateEntry(bytes, entry)) chunks.push(chunk);
    parts.set(entry.name, Buffer.concat(chunks).toString('utf8'));
  }
  return parts;
}

const fontOf = (cell: ExcelJS.Cell) => ({
  name: cell.font.name,
  size: cell.font.size,
  bold: cell.font.bold ?? false,
  italic: cell.font.italic ?? false,
});

const fullyBordered = (cell: ExcelJS.Cell): boolean =>
  (['top', 'left', 'bottom', 'right'] as const).every((side) => cell.border[side]?.style === 'thin');

/** A cell read back that must hold exactly this text, as a string (never a formula). */
function expectText(cell: ExcelJS.Cell, text: string): void {
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.value).toBe(text);
}

describe('the honoree list workbook', () => {
  const dir = useTempDir('hoi-nghi-xlsx-');

  async function write(model: ListModel, honorees: Honoree[], name = 'list.xlsx') {
    const path = join(dir(), name);
    await writeListXlsx(model, honorees, path);
    return { path, workbook: await readWorkbook(path) };
  }

  describe('sheet 1, the formatted list', () => {
    it('has the Party heading, the merged title and subtitle, and the table heading of the Kỳ Anh list', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(honorees, options(), PARTY);
      const { workbook } = await write(model, honorees);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([LIST_SHEET, DATA_SHEET]);
      const sheet = sheetOf(workbook, LIST_SHEET);

      expectText(sheet.getCell('A1'), 'BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KỲ ANH');
      expectText(sheet.getCell('E1'), 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expectText(sheet.getCell('A2'), '*');
      expect(fontOf(sheet.getCell('A1'))).toEqual({
        name: 'Times New Roman',
        size: 13,
        bold: true,
        italic: false,
      });
      expect(fontOf(sheet.getCell('E1')).bold).toBe(true);
      expect(fontOf(sheet.getCell('A2')).bold).toBe(false);
      expect(sheet.getCell('A1').alignment.horizontal).toBe('center');

      expectText(sheet.getCell('A4'), 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
      expect(fontOf(sheet.getCell('A4'))).toEqual({
        name: 'Times New Roman',
        size: 13,
        bold: true,
        italic: false,
      });
      expectText(
        sheet.getCell('A5'),
        '(Kèm theo Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
      );
      expect(fontOf(sheet.getCell('A5'))).toMatchObject({ bold: false, italic: true });
      expect(sheet.getRow(6).cellCount).toBe(0);

      const header = sheet.getRow(7);
      expect(model.columns.map((_, i) => header.getCell(i + 1).value)).toEqual([
        'STT',
        'Họ và tên / Tên tập thể',
        'Chức vụ',
        'Đơn vị',
        'Thành tích',
        'Hình thức khen thưởng',
        'Ghi chú',
      ]);
      for (let c = 1; c <= 7; c++) {
        const cell = header.getCell(c);
        expect(fontOf(cell)).toEqual({ name: 'Times New Roman', size: 12, bold: true, italic: false });
        expect(fullyBordered(cell)).toBe(true);
        expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      }

      expect(sheet.model.merges).toEqual(
        expect.arrayContaining(['A1:D1', 'E1:G1', 'A2:D2', 'A4:G4', 'A5:G5']),
      );
      expect(sheet.columns.map((c) => c.width)).toEqual(model.columns.map((c) => sheetWidth(c.width)));
    });

    it('writes section rows and data rows: STT a number, every other cell text, bordered and wrapped', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(honorees, options(), PARTY);
      const { workbook } = await write(model, honorees);
      const sheet = sheetOf(workbook, LIST_SHEET);

      expectText(sheet.getCell('A8'), 'I. TẬP THỂ');
      expectText(sheet.getCell('A11'), 'II. CÁ NHÂN');
      expect(sheet.model.merges).toEqual(expect.arrayContaining(['A8:G8', 'A11:G11']));
      for (const address of ['A8', 'D8', 'G8', 'A11', 'G11']) {
        expect(fullyBordered(sheet.getCell(address))).toBe(true);
      }
      expect(fontOf(sheet.getCell('A8'))).toMatchObject({ bold: true, size: 13 });
      expect(sheet.getCell('A8').alignment.horizontal).toBe('left');

      const first = sheet.getRow(9);
      expect(first.getCell(1).value).toBe(1);
      expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(1).alignment).toMatchObject({ horizontal: 'center', vertical: 'top' });
      expectText(first.getCell(2), 'Đảng bộ Công an thị xã');
      expect(first.getCell(3).value).toBeNull(); // a collective has no position
      expect(fullyBordered(first.getCell(3))).toBe(true);
      expectText(sheet.getCell('E10'), LONG_ACHIEVEMENT);
      expect(sheet.getCell('E10').alignment).toMatchObject({
        horizontal: 'left',
        vertical: 'top',
        wrapText: true,
      });
      expectText(sheet.getCell('F10'), 'Giấy khen');
      expect(sheet.getCell('F10').alignment.horizontal).toBe('center');

      expect(sheet.getCell('A12').value).toBe(3);
      expectText(sheet.getCell('B12'), 'Nguyễn Văn Mến');
      expectText(sheet.getCell('E13'), BULLETED);
      expectText(sheet.getCell('G14'), 'Nhận thay');
      for (let c = 1; c <= 7; c++) {
        expect(fullyBordered(sheet.getCell(14, c))).toBe(true);
        expect(fontOf(sheet.getCell(14, c))).toEqual({
          name: 'Times New Roman',
          size: 13,
          bold: false,
          italic: false,
        });
      }
      // Rows are as tall as their longest text, which wraps: the same text, the same height.
      const twoLines = sheet.getRow(9).height;
      expect(twoLines).toBe(ONE_LINE + LINE);
      expect(sheet.getRow(10).height).toBeGreaterThanOrEqual(twoLines + LINE);
      expect(sheet.getRow(13).height).toBeGreaterThanOrEqual(twoLines);
      expect(sheet.getRow(12).height).toBe(twoLines);
    });

    it('ends with the italic count line and the signature block on the right', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(honorees, options(), PARTY);
      const { workbook } = await write(model, honorees);
      const sheet = sheetOf(workbook, LIST_SHEET);
      // Table rows 8–14, an empty row, the count line, an empty row, then the signature.
      expect(sheet.getRow(15).cellCount).toBe(0);
      expectText(sheet.getCell('A16'), '(Danh sách có 2 tập thể và 3 cá nhân)');
      expect(fontOf(sheet.getCell('A16'))).toMatchObject({ italic: true, bold: false });
      expectText(sheet.getCell('E18'), 'T/M BAN THƯỜNG VỤ');
      expectText(sheet.getCell('E19'), 'BÍ THƯ');
      const nameRow = 19 + SIGNATURE_SPACE_ROWS + 1;
      for (let r = 20; r < nameRow; r++) expect(sheet.getRow(r).cellCount).toBe(0);
      expect(sheet.getRow(20).height).toBeGreaterThanOrEqual(20);
      expectText(sheet.getCell(`E${nameRow}`), 'Nguyễn Văn A');
      for (const address of ['E18', 'E19', `E${nameRow}`]) {
        expect(fontOf(sheet.getCell(address))).toMatchObject({ bold: true, size: 13 });
        expect(sheet.getCell(address).alignment.horizontal).toBe('center');
      }
      expect(sheet.model.merges).toEqual(
        expect.arrayContaining(['E18:G18', 'E19:G19', `E${nameRow}:G${nameRow}`]),
      );
      expect(sheet.getCell('E18').border.top).toBeUndefined();
    });

    it('uses the national motto on two lines for a State issuer, and no star', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(honorees, options(), STATE);
      const sheet = sheetOf((await write(model, honorees)).workbook, LIST_SHEET);
      expectText(sheet.getCell('A1'), 'ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH');
      expectText(sheet.getCell('E1'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expectText(sheet.getCell('E2'), 'Độc lập - Tự do - Hạnh phúc');
      expect(fontOf(sheet.getCell('E2')).bold).toBe(true);
      expect(sheet.getCell('A2').value).toBeNull();
      expect(sheet.model.merges).toEqual(expect.arrayContaining(['E1:G1', 'E2:G2']));
    });

    it('moves the table up when there is no subtitle, and follows the chosen columns', async () => {
      const honorees = SMALL_LIST().map((h) => ({ ...h, status: 'de_nghi' as const }));
      const model = buildListModel(
        honorees,
        options({
          statuses: ['de_nghi'],
          decisionNumber: '',
          decisionDate: '',
          decisionIssuer: '',
          columns: ['name', 'gender', 'birth', 'unit', 'proposingUnit'],
          withHonorific: true,
        }),
        PARTY,
      );
      expect(model.subtitle).toBe('');
      const sheet = sheetOf((await write(model, honorees)).workbook, LIST_SHEET);
      expectText(sheet.getCell('A4'), 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG');
      expect(sheet.getRow(5).cellCount).toBe(0);
      expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getCell(6, c).value)).toEqual([
        'STT',
        COLUMN_HEADERS.name,
        'Giới tính',
        'Ngày sinh',
        'Đơn vị',
        'Đơn vị đề nghị',
      ]);
      // Within a hundredth: exceljs would drop a width of exactly 9 (its "not set").
      model.columns.forEach((c, i) =>
        expect(sheet.getColumn(i + 1).width).toBeCloseTo(sheetWidth(c.width), 1),
      );
      const mến = sheet.getRow(11); // section row 7, collectives 8–9, section row 10
      expectText(mến.getCell(2), 'Ông Nguyễn Văn Mến');
      expectText(mến.getCell(3), 'Nam');
      expect(mến.getCell(3).alignment.horizontal).toBe('center');
      expectText(mến.getCell(4), '19/05/1975');
      expectText(sheet.getCell('D12'), '1975');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
      expect(sheet.pageSetup.printTitlesRow).toBe('6:6');
    });

    it('groups by award form, highest rank first, with kinds as sub-sections', async () => {
      const honorees = [
        honoree({ fullName: 'Người A', awardFormId: 4, awardFormName: 'Giấy khen', awardFormRank: 700 }),
        collective('Tập thể B', { awardFormId: 1, awardFormName: 'Bằng khen', awardFormRank: 900 }),
        honoree({ fullName: 'Người C', awardFormId: 1, awardFormName: 'Bằng khen', awardFormRank: 900 }),
      ];
      const model = buildListModel(
        honorees,
        options({ groupByAwardForm: true, numbering: 'per_section' }),
        PARTY,
      );
      const sheet = sheetOf((await write(model, honorees)).workbook, LIST_SHEET);
      const column = (c: number) => [8, 9, 10, 11, 12, 13, 14].map((r) => sheet.getCell(r, c).value);
      expect(column(1)).toEqual([
        'I. BẰNG KHEN',
        '1. Tập thể',
        1,
        '2. Cá nhân',
        1,
        'II. GIẤY KHEN',
        '1. Cá nhân',
      ]);
      expect(column(2).filter((v) => typeof v === 'string' && v.startsWith('Người'))).toEqual(['Người C']);
      expect(fontOf(sheet.getCell('A9'))).toMatchObject({ bold: true, italic: true });
      expect(fontOf(sheet.getCell('A8'))).toMatchObject({ bold: true, italic: false });
      expect(sheet.model.merges).toEqual(expect.arrayContaining(['A8:G8', 'A9:G9', 'A13:G13', 'A14:G14']));
    });
  });

  describe('printing', () => {
    it('prints on A4 landscape, one page wide, the table heading on every page, centred, with page numbers', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(honorees, options(), PARTY);
      const { path, workbook } = await write(model, honorees);
      const sheet = sheetOf(workbook, LIST_SHEET);
      const setup = sheet.pageSetup;
      expect(setup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        // A fixed scale that fits the width: Excel ignores page breaks when fitting to the page.
        fitToPage: false,
        scale: printScale(model.columns.map((c) => c.width)),
        printTitlesRow: '7:7',
        printArea: `A1:G${listLayout(model).lastRow}`,
        horizontalCentered: true,
      });
      const inches = (mm: number) => mm / 25.4;
      expect(setup.margins?.top).toBeCloseTo(inches(20), 2);
      expect(setup.margins?.bottom).toBeCloseTo(inches(20), 2);
      expect(setup.margins?.left).toBeCloseTo(inches(25), 2);
      expect(setup.margins?.right).toBeCloseTo(inches(15), 2);
      expect(sheet.headerFooter.oddFooter).toContain('Trang &P/&N');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, topLeftCell: 'A8' });

      // Absolute references, as Excel writes them, and only one <printOptions> (exceljs's
      // streaming writer has none of its own; ours is added once).
      const parts = await packageParts(path);
      const book = parts.get('xl/workbook.xml') ?? '';
      expect(book).toContain(`&apos;Danh sách&apos;!$A$1:$G$${listLayout(model).lastRow}</definedName>`);
      expect(book).toContain('&apos;Danh sách&apos;!$7:$7</definedName>');
      const list = parts.get('xl/worksheets/sheet1.xml') ?? '';
      expect(list.match(/<printOptions /g)).toHaveLength(1);
      expect(list.indexOf('<printOptions ')).toBeLessThan(list.indexOf('<pageMargins '));
      expect(list.indexOf('</mergeCells>')).toBeLessThan(list.indexOf('<printOptions '));
    });

    it('splits the headings: the right block takes the last columns up to 40% of the width', () => {
      expect(headingSpans([6, 28, 22, 28, 50, 18, 12])).toEqual({
        left: { first: 1, last: 4 },
        right: { first: 5, last: 7 },
      });
      expect(headingSpans([6, 28])).toEqual({ left: { first: 1, last: 1 }, right: { first: 2, last: 2 } });
      expect(headingSpans([6, 28, 50, 24])).toEqual({
        left: { first: 1, last: 2 },
        right: { first: 3, last: 4 },
      });
    });

    it('leaves out the signature block when no signer is set', async () => {
      const honorees = SMALL_LIST();
      const model = buildListModel(
        honorees,
        options({ signerCapacity: '', signerTitle: '', signerName: '' }),
        PARTY,
      );
      const layout = listLayout(model);
      expect(layout.signature).toEqual([]);
      expect(layout.lastRow).toBe(layout.countRow);
      const sheet = sheetOf((await write(model, honorees)).workbook, LIST_SHEET);
      expect(sheet.pageSetup.printArea).toBe(`A1:G${layout.countRow ?? 0}`);
    });
  });

  describe('sheet 2, the flat data', () => {
    it('has one row per honoree with every field, under headings the importer recognises', async () => {
      const honorees = [
        ...SMALL_LIST(),
        honoree({
          kind: 'ho_gia_dinh',
          honorific: null,
          gender: null,
          birth: '',
          position: '',
          fullName: 'Hộ ông Trần Văn Bình',
          status: 'de_nghi',
        }),
      ];
      const model = buildListModel(honorees, options({ statuses: ['duoc_duyet', 'de_nghi'] }), PARTY);
      const sheet = sheetOf((await write(model, honorees)).workbook, DATA_SHEET);

      const headings = DATA_HEADERS.map((_, i) => sheet.getCell(1, i + 1).value);
      expect(headings).toEqual([
        'STT',
        'Loại',
        'Danh xưng',
        'Họ và tên / Tên tập thể',
        'Giới tính',
        'Ngày sinh',
        'Chức vụ',
        'Đơn vị',
        'Thành tích',
        'Hình thức khen thưởng',
        'Đơn vị đề nghị',
        'Trạng thái',
        'Ghi chú',
      ]);
      expect(headings.map((h) => matchHeading(String(h)))).toEqual([
        'stt',
        'kind',
        'honorific',
        'fullName',
        'gender',
        'birth',
        'position',
        'unit',
        'achievement',
        'awardForm',
        'proposingUnit',
        null, // the importer has no status field: imported rows always start as proposals
        'notes',
      ]);
      expect(fontOf(sheet.getCell('A1')).bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(honorees.length + 1);

      const row = (r: number) => DATA_HEADERS.map((_, i) => sheet.getCell(r, i + 1).value);
      expect(row(4)).toEqual([
        3,
        'Cá nhân',
        'Ông',
        'Nguyễn Văn Mến',
        'Nam',
        '19/05/1975',
        'Cán bộ',
        'Đảng bộ Công an thị xã',
        'Có mô hình “làm theo” thiết thực, hiệu quả, có sức lan tỏa',
        'Giấy khen',
        'Đảng ủy Công an thị xã',
        'Được duyệt',
        null,
      ]);
      expect(row(2).slice(1, 6)).toEqual(['Tập thể', null, 'Đảng bộ Công an thị xã', null, null]);
      expect(row(7).slice(1, 4)).toEqual(['Hộ gia đình', null, 'Hộ ông Trần Văn Bình']);
      expect(row(7)[11]).toBe('Đề nghị');
      expectText(sheet.getCell('F6'), '1975');
      expectText(sheet.getCell('I5'), BULLETED);
      expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.Number);
    });

    it('filters on every column', async () => {
      const honorees = SMALL_LIST();
      const { path } = await write(buildListModel(honorees, options(), PARTY), honorees);
      const data = (await packageParts(path)).get('xl/worksheets/sheet2.xml') ?? '';
      expect(data).toContain(`<autoFilter ref="A1:M${honorees.length + 1}"/>`);
    });
  });

  describe('text is written exactly, never as a formula', () => {
    const RISKY = [
      '=1+1',
      '=HYPERLINK("http://example.com","bấm vào đây")',
      '+84 912 345 678',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=cmd|" /C calc"!A0',
      '- Hoàn thành xuất sắc nhiệm vụ',
      '  có khoảng trắng ở hai đầu  ',
      'A & B <C> "D" \'E\' &lt;',
      VIETNAMESE,
    ];

    it('reads back every risky text as the same string, in both sheets, and no cell has a formula', async () => {
      const honorees = RISKY.map((text, i) =>
        honoree({ fullName: `${text} ${i}`, position: text, achievement: text, notes: text, unitName: text }),
      );
      const model = buildListModel(honorees, options(), PARTY);
      const { path, workbook } = await write(model, honorees);
      const list = sheetOf(workbook, LIST_SHEET);
      const data = sheetOf(workbook, DATA_SHEET);
      RISKY.forEach((text, i) => {
        const listRow = 9 + i; // one section ("I. CÁ NHÂN") on row 8
        expectText(list.getCell(listRow, 2), `${text} ${i}`);
        for (const c of [3, 4, 5, 7]) expectText(list.getCell(listRow, c), text);
        for (const c of [7, 8, 9, 13]) expectText(data.getCell(i + 2, c), text);
        expectText(data.getCell(i + 2, 4), `${text} ${i}`);
      });
      expect(list.getCell('E9').value).toBe('=1+1');
      expect(list.getCell('E9').formula).toBeUndefined();

      const parts = await packageParts(path);
      const sheets = [...parts].filter(([name]) => name.startsWith('xl/worksheets/'));
      expect(sheets).toHaveLength(2);
      for (const [, xml] of sheets) {
        expect(xml).not.toMatch(/<f[\s>/]/);
        expect(xml).toContain('t="inlineStr"');
        expect(xml).not.toContain('t="str"');
      }
      expect(parts.get('xl/worksheets/sheet1.xml')).toContain(
        '<t xml:space="preserve">  có khoảng trắng ở hai đầu  </t>',
      );
    });

    it('keeps Vietnamese letters in NFC and drops only characters XML cannot carry', async () => {
      const honorees = [honoree({ fullName: `Trần Thị Ngọc Ánh ${VIETNAMESE}`, notes: 'chuông\u0007 báo' })];
      const model = buildListModel(honorees, options(), PARTY);
      const sheet = sheetOf((await write(model, honorees)).workbook, LIST_SHEET);
      const name = sheet.getCell('B9').value;
      expect(name).toBe(`Trần Thị Ngọc Ánh ${VIETNAMESE}`);
      expect(String(name).normalize('NFC')).toBe(name);
      expect(sheet.getCell('G9').value).toBe('chuông báo');
      expect(xmlText('a\u0000b\uD800c 😀 <&>')).toBe('abc 😀 &lt;&amp;&gt;');
    });
  });

  describe('large lists and failures', () => {
    it('streams 3,000 honorees into both sheets in order', async () => {
      const honorees = Array.from({ length: 3000 }, (_, i) =>
        i < 300 ? collective(`Chi bộ thôn ${i + 1}`) : honoree({ fullName: `Nguyễn Văn ${i + 1}` }),
      );
      const model = buildListModel(honorees, options(), PARTY);
      const { workbook } = await write(model, honorees);
      const list = sheetOf(workbook, LIST_SHEET);
      const layout = listLayout(model);
      expect(list.getCell(layout.lastLineRow, 1).value).toBe(3000);
      expectText(list.getCell(layout.lastLineRow, 2), 'Nguyễn Văn 3000');
      expectText(list.getCell(layout.firstLineRow + 301, 1), 'II. CÁ NHÂN');
      expectText(list.getCell(layout.countRow ?? 0, 1), '(Danh sách có 300 tập thể và 2.700 cá nhân)');
      const data = sheetOf(workbook, DATA_SHEET);
      expect(data.rowCount).toBe(3001);
      expect(data.getCell(3001, 1).value).toBe(3000);
    });

    it('rejects, without hanging, when the file cannot be written', async () => {
      const honorees = SMALL_LIST();
      const path = join(dir(), 'missing-folder', 'list.xlsx');
      await expect(writeListXlsx(buildListModel(honorees, options(), PARTY), honorees, path)).rejects.toThrow(
        /ENOENT/,
      );
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(dir())).toEqual([]);
    });
  });
});
