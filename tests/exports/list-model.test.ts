import { describe, expect, it } from 'vitest';
import { listOptionsRecord, type ListOptions } from '../../src/shared/exports';
import type { Honoree } from '../../src/main/exports/honorees';
import {
  buildListModel,
  countPhrase,
  defaultTitle,
  roman,
  type ListLine,
} from '../../src/main/exports/list-model';

let nextId = 1;
function honoree(overrides: Partial<Honoree>): Honoree {
  return {
    id: nextId++,
    kind: 'ca_nhan',
    honorific: null,
    fullName: 'Đinh Thị Thơm',
    gender: null,
    birth: '',
    position: '',
    unitName: '',
    achievement: '',
    awardFormId: 2,
    awardFormName: 'Giấy khen',
    awardFormRank: 10,
    proposingUnitName: '',
    status: 'duoc_duyet',
    notes: '',
    ...overrides,
  };
}

const options = (overrides: Partial<ListOptions> = {}): ListOptions => ({
  ...listOptionsRecord.parse({}),
  ...overrides,
});
const heading = { organiser: 'Ban Chấp hành Đảng bộ thị xã Kỳ Anh', partyHeader: true };

const texts = (lines: ListLine[]) =>
  lines.map((line) =>
    line.type === 'section' ? `§${line.level} ${line.text}` : line.cells.slice(0, 2).join(' '),
  );

describe('the honoree list model', () => {
  const list = [
    honoree({ fullName: 'Nguyễn Văn Mến', honorific: 'ong', gender: 'nam', birth: '1975-05-19' }),
    honoree({
      kind: 'tap_the',
      fullName: 'Đảng bộ Công an thị xã',
      awardFormId: 1,
      awardFormName: 'Bằng khen',
      awardFormRank: 20,
    }),
    honoree({ fullName: 'Bùi Thị Yến', honorific: 'ba', gender: 'nu', birth: '1980' }),
    honoree({ kind: 'ho_gia_dinh', fullName: 'Hộ ông Lê Văn Tám' }),
    honoree({ kind: 'tap_the', fullName: 'Chi bộ Cơ quan Thị ủy' }),
  ];

  it('puts collectives, then individuals, then households in Roman-numbered sections, numbered on', () => {
    const model = buildListModel(list, options(), heading);
    expect(texts(model.lines)).toEqual([
      '§1 I. TẬP THỂ',
      '1 Đảng bộ Công an thị xã',
      '2 Chi bộ Cơ quan Thị ủy',
      '§1 II. CÁ NHÂN',
      '3 Nguyễn Văn Mến',
      '4 Bùi Thị Yến',
      '§1 III. HỘ GIA ĐÌNH',
      '5 Hộ ông Lê Văn Tám',
    ]);
    expect(model.rowCount).toBe(5);
    expect(model.countLine).toBe('(Danh sách có 2 tập thể, 2 cá nhân và 1 hộ gia đình)');
  });

  it('restarts numbering in each section when asked', () => {
    const model = buildListModel(list, options({ numbering: 'per_section' }), heading);
    const numbers = model.lines.flatMap((l) => (l.type === 'row' ? [l.stt] : []));
    expect(numbers).toEqual([1, 2, 1, 2, 1]);
  });

  it('groups by award form first, highest rank first, kinds numbered inside', () => {
    const model = buildListModel(list, options({ groupByAwardForm: true }), heading);
    expect(texts(model.lines)).toEqual([
      '§1 I. BẰNG KHEN',
      '§2 1. Tập thể',
      '1 Đảng bộ Công an thị xã',
      '§1 II. GIẤY KHEN',
      '§2 1. Tập thể',
      '2 Chi bộ Cơ quan Thị ủy',
      '§2 2. Cá nhân',
      '3 Nguyễn Văn Mến',
      '4 Bùi Thị Yến',
      '§2 3. Hộ gia đình',
      '5 Hộ ông Lê Văn Tám',
    ]);
  });

  it('lists honorees without a form under their own heading, last', () => {
    const model = buildListModel(
      [
        honoree({ awardFormId: null, awardFormName: '', awardFormRank: Number.NEGATIVE_INFINITY }),
        honoree({}),
      ],
      options({ groupByAwardForm: true }),
      heading,
    );
    const sections = model.lines
      .filter((l) => l.type === 'section' && l.level === 1)
      .map((l) => l.type === 'section' && l.text);
    expect(sections).toEqual(['I. GIẤY KHEN', 'II. CHƯA CÓ HÌNH THỨC KHEN THƯỞNG']);
  });

  it('writes the chosen columns in the chosen order, with honorifics, gender and birth in words', () => {
    const model = buildListModel(
      list.slice(0, 1),
      options({ columns: ['birth', 'name', 'gender', 'awardForm'], withHonorific: true }),
      heading,
    );
    expect(model.columns.map((c) => c.header)).toEqual([
      'STT',
      'Ngày sinh',
      'Họ và tên / Tên tập thể',
      'Giới tính',
      'Hình thức khen thưởng',
    ]);
    const row = model.lines.find((l) => l.type === 'row');
    expect(row?.type === 'row' && row.cells).toEqual([
      '1',
      '19/05/1975',
      'Ông Nguyễn Văn Mến',
      'Nam',
      'Giấy khen',
    ]);
  });

  it('heads a Party list with the Party name and a star, a State list with the national motto', () => {
    const party = buildListModel(list, options(), heading).heading;
    expect(party.left.map((l) => l.text)).toEqual(['BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KỲ ANH', '*']);
    expect(party.right.map((l) => l.text)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    const state = buildListModel(list, options(), {
      organiser: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      partyHeader: false,
    }).heading;
    expect(state.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH']);
    expect(state.right.map((l) => l.text)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('says which decision it is attached to, with dots for what is not known yet', () => {
    const full = buildListModel(
      list,
      options({
        decisionNumber: '123-QĐ/ThU',
        decisionDate: '2021-05-19',
        decisionIssuer: 'Ban Thường vụ Thị ủy',
      }),
      heading,
    );
    expect(full.subtitle).toBe(
      '(Kèm theo Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
    );
    expect(buildListModel(list, options({ decisionNumber: '45/QĐ' }), heading).subtitle).toBe(
      '(Kèm theo Quyết định số 45/QĐ ngày …… tháng …… năm …… của ……)',
    );
    // A list of proposals with no decision at all is not attached to one.
    expect(buildListModel(list, options({ statuses: ['de_nghi'] }), heading).subtitle).toBe('');
  });

  it('titles the list after the kinds it holds, unless a title is given', () => {
    expect(defaultTitle(list, true)).toBe('DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG');
    expect(defaultTitle(list.slice(0, 1), false)).toBe('DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG');
    const model = buildListModel(list, options({ title: 'Danh sách điển hình tiên tiến' }), heading);
    expect(model.title).toBe('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN');
  });

  it('counts with Vietnamese thousands and signs with capitals', () => {
    const many = Array.from({ length: 1567 }, () => honoree({}));
    expect(countPhrase(many)).toBe('1.567 cá nhân');
    const model = buildListModel(
      many,
      options({ signerCapacity: 'T/M Ban Thường vụ', signerTitle: 'Bí thư', signerName: 'Nguyễn Văn A' }),
      heading,
    );
    expect(model.signature).toEqual({ capacity: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn A' });
  });

  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 90, 2024].map(roman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'IX',
      'XIV',
      'XL',
      'XC',
      'MMXXIV',
    ]);
  });
});
