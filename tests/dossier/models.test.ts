import { describe, expect, it } from 'vitest';
import type { ListModel } from '../../src/main/exports/list-model';
import { annexData, decisionData, paymentListData } from '../../src/main/dossier/models';
import { shippedTemplate } from '../../src/main/dossier/shipped';
import { fillTemplate } from '../../src/main/dossier/template-engine';
import { bodyText } from './docx';
import { twips } from '../../src/main/dossier/layout';

const model = (lines: ListModel['lines']): ListModel => ({
  heading: { left: [{ text: 'THỊ ỦY KỲ ANH', bold: true }], right: [], partyHeader: true },
  title: 'DANH SÁCH',
  subtitle: '',
  columns: [
    { key: 'stt', header: 'STT', width: 6, align: 'center' },
    { key: 'name', header: 'Họ và tên', width: 28, align: 'left' },
  ],
  lines,
  countLine: '',
  signature: { capacity: '', title: '', name: '' },
  rowCount: 0,
});

describe('the annex tags from the list model', () => {
  it.each([
    [
      'sections by kind',
      model([
        { type: 'section', level: 1, text: 'I. TẬP THỂ' },
        { type: 'row', stt: 1, cells: ['1', 'Chi bộ Khối dân'] },
        { type: 'section', level: 1, text: 'II. CÁ NHÂN' },
        { type: 'row', stt: 2, cells: ['2', 'Đinh Thị Thơm'.normalize('NFD')] },
      ]),
      [
        { title: 'I. TẬP THỂ', rows: [{ stt: '1', name: 'Chi bộ Khối dân' }] },
        { title: 'II. CÁ NHÂN', rows: [{ stt: '2', name: 'Đinh Thị Thơm' }] },
      ],
    ],
    [
      'a form heading over a kind heading: the form alone, then the kind with its rows',
      model([
        { type: 'section', level: 1, text: 'I. BẰNG KHEN' },
        { type: 'section', level: 2, text: '1. Cá nhân' },
        { type: 'row', stt: 1, cells: ['1', 'Nguyễn Ngọc Ẩn'] },
      ]),
      [
        { title: 'I. BẰNG KHEN', rows: [] },
        { title: '1. Cá nhân', rows: [{ stt: '1', name: 'Nguyễn Ngọc Ẩn' }] },
      ],
    ],
    [
      'rows without a heading',
      model([{ type: 'row', stt: 1, cells: ['1', 'A'] }]),
      [{ title: '', rows: [{ stt: '1', name: 'A' }] }],
    ],
  ])('%s', (_what, list, sections) => {
    expect(annexData(list).annexSections).toEqual(sections);
  });
});

describe('the payment list without amounts yet', () => {
  it('leaves every money field empty, and writes them the Vietnamese way once known', () => {
    const base = {
      organisation: 'Thị ủy Kỳ Anh',
      number: '',
      date: '2021-05-25',
      placeName: 'Kỳ Anh',
      decisionLine: '(Kèm theo Quyết định số 125-QĐ/ThU)',
      signer: { capacity: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Nguyễn Văn Khánh' },
    };
    const empty = paymentListData({ ...base, rows: [{ name: 'A', unit: 'B', form: 'Giấy khen' }] });
    expect(empty).toMatchObject({ total: '', totalInWords: '', rows: [{ stt: '1', amount: '' }] });
    const paid = paymentListData({
      ...base,
      rows: [{ name: 'A', unit: 'B', form: 'Giấy khen', amount: 1_755_000 }],
      total: 1_755_000,
      totalInWords: 'Một triệu bảy trăm năm mươi lăm nghìn đồng',
    });
    expect(paid).toMatchObject({
      total: '1.755.000',
      rows: [{ amount: '1.755.000' }],
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
    });
  });
});

describe('millimetres in twips', () => {
  it.each([
    [20, 1134],
    [30, 1701],
    [15, 850],
    [210, 11906],
    [297, 16838],
  ])('%d mm is %d twips', (mm, expected) => {
    expect(twips(mm)).toBe(expected);
  });
});

describe('the decision with and without the reward money', () => {
  const honorees = [
    {
      id: 1,
      kind: 'ca_nhan' as const,
      honorific: null,
      fullName: 'Đinh Thị Thơm',
      gender: null,
      birth: '',
      position: '',
      unitName: 'Kỳ Hoa',
      achievement: '',
      awardFormId: 1,
      awardFormName: 'Giấy khen',
      awardFormRank: 1,
      proposingUnitName: '',
      status: 'duoc_duyet' as const,
      notes: '',
    },
  ];
  const input = {
    organisation: 'Ban Thường vụ Thị ủy Kỳ Anh',
    partyHeader: true,
    number: '125-QĐ/ThU',
    date: '2021-05-25',
    placeName: 'Kỳ Anh',
    issuer: 'Ban Thường vụ Thị ủy',
    subject: 'có thành tích',
    proposer: 'Hội đồng Thi đua - Khen thưởng',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
    honorees,
    annex: model([{ type: 'row', stt: 1, cells: ['1', 'Đinh Thị Thơm'] }]),
    signer: { capacity: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Nguyễn Văn Khánh' },
    recipients: ['Như Điều 3;'],
  };

  it('says the amounts and the total in words once they are known, and nothing before', async () => {
    const template = await shippedTemplate('decision', 'party');
    const without = bodyText(fillTemplate(template, decisionData(input)));
    expect(without).not.toContain('Tổng số tiền thưởng');
    expect(without).toContain('- Tặng Giấy khen cho 1 cá nhân;');
    const money = {
      byForm: { 'Giấy khen': ', mỗi cá nhân được thưởng 1.170.000 đồng' },
      total: 1_170_000,
      totalInWords: 'Một triệu một trăm bảy mươi nghìn đồng',
    };
    const withMoney = bodyText(fillTemplate(template, decisionData({ ...input, money })));
    expect(withMoney).toContain('- Tặng Giấy khen cho 1 cá nhân, mỗi cá nhân được thưởng 1.170.000 đồng;');
    expect(withMoney).toContain(
      'Tổng số tiền thưởng: 1.170.000\u00a0đồng (Bằng chữ: Một triệu một trăm bảy mươi nghìn đồng).',
    );
  });
});
