import { describe, expect, it } from 'vitest';
import {
  minutesDefinition,
  renderMinutes,
  subjectLine,
  type MinutesInput,
} from '../../src/main/voting/minutes-pdf';
import { pdfPages, pdfText, squeeze } from './poppler';

function minutes(extra: Partial<MinutesInput> = {}): MinutesInput {
  return {
    organisation: 'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
    partyHeader: true,
    placeName: 'Kỳ Anh',
    date: '2021-05-19',
    subject: '(V/v: bình xét đề nghị tặng Giấy khen năm 2021)',
    time: '14 giờ 00',
    venue: 'Hội trường Thị ủy Kỳ Anh',
    tellers: [
      { name: 'Đinh Thị Thơm', role: 'Trưởng ban' },
      { name: 'Nguyễn Văn Mến', role: 'Thành viên' },
      { name: 'Lê Thị Hoa', role: 'Thành viên' },
    ],
    totalMembers: 15,
    present: 12,
    writtenOpinions: 1,
    ballotsIssued: 12,
    ballotsReturned: 11,
    valid: 9,
    invalid: 2,
    ruleText: 'Từ 70% số thành viên dự họp trở lên',
    denominatorLabel: 'số thành viên dự họp',
    denominatorValue: 10,
    quorumMet: true,
    rows: [
      {
        kind: 'ca_nhan',
        name: 'Trần Thị Hương Giang',
        unit: 'Trường THCS Kỳ Hoa',
        agree: 9,
        disagree: 0,
        percent: 90,
        verdict: 'passed',
      },
      {
        kind: 'ca_nhan',
        name: 'Lê Quang Vinh',
        unit: 'Công an thị xã Kỳ Anh',
        agree: 7,
        disagree: 2,
        percent: 70,
        verdict: 'passed',
      },
      {
        kind: 'ca_nhan',
        name: 'Phạm Thị Thu Hà',
        unit: 'Phòng Giáo dục và Đào tạo',
        agree: 6,
        disagree: 3,
        percent: 60,
        verdict: 'failed',
      },
      {
        kind: 'ca_nhan',
        name: 'Võ Văn Kiệt',
        unit: 'UBND phường Hưng Trí',
        agree: 1567,
        disagree: 783,
        percent: 200 / 3,
        verdict: 'failed',
      },
    ],
    presidium: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Hoàng Văn Bình' },
    ...extra,
  };
}

describe('subjectLine', () => {
  it.each([
    ['(V/v: bình xét Giấy khen)', '(V/v: bình xét Giấy khen)'],
    ['V/v: bình xét Giấy khen', '(V/v: bình xét Giấy khen)'],
    ['bình xét Giấy khen', '(V/v: bình xét Giấy khen)'],
    ['  (V/v bình xét (đợt 2))  ', '(V/v: bình xét (đợt 2))'],
  ])('%s → %s', (input, expected) => expect(subjectLine(input)).toBe(expected));
});

describe('minutes', () => {
  it('records the count with every mark, Vietnamese numbers and the signatures', async () => {
    const pdf = await renderMinutes(minutes());
    const text = squeeze(pdfText(pdf));
    const flat = text.replace(/\s+/g, ' ');
    for (const phrase of [
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Kỳ Anh, ngày 19 tháng 5 năm 2021',
      'BIÊN BẢN KIỂM PHIẾU',
      '(V/v: bình xét đề nghị tặng Giấy khen năm 2021)',
      'Hôm nay, vào lúc 14 giờ 00, tại Hội trường Thị ủy Kỳ Anh, Ban kiểm phiếu gồm:',
      '1. Đinh Thị Thơm – Trưởng ban;',
      '3. Lê Thị Hoa – Thành viên.',
      'Số phiếu phát ra: 12 phiếu;',
      'Số phiếu thu vào: 11 phiếu;',
      'Số phiếu hợp lệ: 9 phiếu;',
      'Số phiếu không hợp lệ: 2 phiếu.',
      'vắng mặt có ý kiến bằng văn bản: 1 người',
      'kết quả bỏ phiếu có giá trị',
      'Từ 70% số thành viên dự họp trở lên',
      'Số phiếu',
      'Tỷ lệ %',
      'Kết quả',
      'Trần Thị Hương Giang',
      '90,00',
      '70,00',
      '66,67',
      '1.567',
      'Không đạt',
      'có 2 trường hợp đạt tỷ lệ phiếu đồng ý theo quy định (số thứ tự 1, 2)',
      'TRƯỞNG BAN KIỂM PHIẾU',
      'CHỦ TỊCH HỘI ĐỒNG',
      'Hoàng Văn Bình',
      'CÁC THÀNH VIÊN BAN KIỂM PHIẾU',
    ])
      expect(flat).toContain(phrase);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('CỘNG HÒA');
  });

  it('uses the national motto, and reports ties at the quota for the council to settle', async () => {
    const input = minutes({ partyHeader: false });
    input.rows = input.rows.map((row, i) => (i < 2 ? { ...row, verdict: 'tie_at_quota' as const } : row));
    const flat = pdfText(await renderMinutes(input)).replace(/\s+/g, ' ');
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
    // The verdict wraps inside its column, beside the unit under the name.
    expect(flat).toMatch(/Bằng phiếu .*tại chỉ tiêu – Hội đồng quyết định/);
    expect(flat).toContain('không có trường hợp nào đạt');
    expect(flat).toContain(
      '2 trường hợp bằng phiếu tại chỉ tiêu (số thứ tự 1, 2), đề nghị Hội đồng xem xét, quyết định',
    );
  });

  it('says the vote does not count without a quorum', async () => {
    const flat = pdfText(await renderMinutes(minutes({ quorumMet: false }))).replace(/\s+/g, ' ');
    expect(flat).toContain('kết quả bỏ phiếu không có giá trị');
    expect(flat).toContain('Kết quả kiểm phiếu: không có giá trị');
  });

  it('renders NFD input as NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const input = minutes({ placeName: nfd('Kỳ Anh'), subject: nfd('bình xét thi đua') });
    input.rows = input.rows.map((row) => ({ ...row, name: nfd(row.name), unit: nfd(row.unit) }));
    input.tellers = [{ name: nfd('Đinh Thị Thơm'), role: 'Trưởng ban' }];
    const text = pdfText(await renderMinutes(input));
    expect(text).toBe(text.normalize('NFC'));
    for (const phrase of [
      'Kỳ Anh, ngày 19 tháng 5 năm 2021',
      '(V/v: bình xét thi đua)',
      'Trần Thị Hương Giang',
    ])
      expect(text).toContain(phrase);
    expect(text.match(/Đinh Thị Thơm/g)?.length).toBe(2);
  });

  it('numbers the pages after the first and keeps the signatures together', async () => {
    const input = minutes();
    input.rows = Array.from({ length: 40 }, (_, i) => ({
      kind: 'ca_nhan' as const,
      disagree: i % 10,
      name: `Người đề nghị ${i + 1}`,
      unit: 'Trường THCS Kỳ Hoa',
      agree: 10 - (i % 10),
      percent: (10 - (i % 10)) * 10,
      verdict: i % 10 < 3 ? ('passed' as const) : ('failed' as const),
    }));
    const pdf = await renderMinutes(input);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(pdf, 2).trimStart().startsWith('2')).toBe(true);
    const last = squeeze(pdfText(pdf, pages));
    expect(last).toContain('TRƯỞNG BAN KIỂM PHIẾU');
    expect(last).toContain('Nguyễn Văn Mến');
    const definition = minutesDefinition(input);
    // Decree 30/2020: left 30 mm, top and bottom 20 mm, right 15 mm (in points).
    const margins = definition.pageMargins as number[];
    [85.04, 56.69, 42.52, 56.69].forEach((points, i) => expect(margins[i]).toBeCloseTo(points, 1));
    expect(definition.defaultStyle?.fontSize).toBe(13);
  });

  it('leaves dotted lines for tellers not on record, never a note to the operator', async () => {
    const pdf = await renderMinutes(minutes({ tellers: [] }));
    const flat = squeeze(pdfText(pdf)).replace(/\s+/g, ' ');
    expect(flat).toContain('1. ………………………………………… – Trưởng ban;');
    expect(flat).toContain('3. ………………………………………… – Thành viên.');
    expect(flat).not.toMatch(/Chưa ghi|\(Chưa/);
    expect(flat).toContain('TRƯỞNG BAN KIỂM PHIẾU');
    expect(flat).toContain('CÁC THÀNH VIÊN BAN KIỂM PHIẾU');
  });

  it('shows agree and disagree, in the list sections, with names on one line', async () => {
    const input = minutes();
    const long = 'Nguyễn Thị Phương Thảo Vy';
    input.rows = [
      {
        kind: 'ca_nhan',
        name: long,
        unit: 'Trường THCS Kỳ Hoa',
        agree: 9,
        disagree: 1,
        percent: 90,
        verdict: 'passed',
      },
      {
        kind: 'tap_the',
        name: 'Chi bộ Trường THCS Kỳ Hoa',
        unit: 'Đảng bộ phường Kỳ Trinh',
        agree: 8,
        disagree: 2,
        percent: 80,
        verdict: 'passed',
      },
    ];
    const text = squeeze(pdfText(await renderMinutes(input)));
    const flat = text.replace(/\s+/g, ' ');
    // "Không đồng ý" wraps in its header cell: "Không" on the first line, "đồng ý" under it.
    expect(flat).toContain('Đồng ý Không Tỷ lệ % Kết quả đồng ý');
    const lines = text.split('\n');
    const at = (phrase: string) => lines.findIndex((line) => line.includes(phrase));
    // Collectives first, numbered through: the collective is 1, the individual 2.
    expect(at('I. TẬP THỂ')).toBeGreaterThan(-1);
    expect(at('I. TẬP THỂ')).toBeLessThan(at('Chi bộ Trường THCS Kỳ Hoa'));
    expect(at('Chi bộ Trường THCS Kỳ Hoa')).toBeLessThan(at('II. CÁ NHÂN'));
    expect(at('II. CÁ NHÂN')).toBeLessThan(at(long));
    expect(lines[at(long)]).toMatch(/^\s*2 Nguyễn Thị Phương Thảo Vy 9 1 90,00 Đạt\s*$/);
    expect(lines[at('Chi bộ Trường THCS Kỳ Hoa')]).toMatch(
      /^\s*1 Chi bộ Trường THCS Kỳ Hoa 8 2 80,00 Đạt\s*$/,
    );
    expect(flat).toContain('(số thứ tự 1, 2)');
  });

  it('writes the date in the text the way documents do, with a leading zero', async () => {
    const flat = squeeze(
      pdfText(
        await renderMinutes(minutes({ date: '2026-12-04', time: '14 giờ 05, ngày 04 tháng 12 năm 2026' })),
      ),
    ).replace(/\s+/g, ' ');
    expect(flat).toContain('Kỳ Anh, ngày 04 tháng 12 năm 2026');
    expect(flat).toContain('vào lúc 14 giờ 05, ngày 04 tháng 12 năm 2026, tại');
  });

  it('writes a dated line without a place when none is known', async () => {
    const text = pdfText(await renderMinutes(minutes({ placeName: '' })));
    expect(text).toContain('Ngày 19 tháng 5 năm 2021');
  });
});
