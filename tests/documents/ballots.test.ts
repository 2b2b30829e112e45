import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/main/documents/pdf';
import {
  arrangement,
  BALLOT_INSTRUCTIONS,
  ballotsDefinition,
  renderBallots,
  type BallotsInput,
} from '../../src/main/voting/ballots-pdf';
import { pdfImages, pdfPages, pdfText, squeeze } from './poppler';

const NAMES = ['Đinh Thị Thơm', 'Nguyễn Văn Mến', 'Trần Thị Hương Giang', 'Lê Quang Vinh', 'Phạm Thị Thu Hà'];
const UNITS = ['Trường THCS Kỳ Hoa', 'Công an thị xã Kỳ Anh', 'Phòng Giáo dục và Đào tạo'];
const LONG_NAME = 'Nguyễn Thị Phương Thảo Hoàng Ngọc Bích Trâm';
const LONG_UNIT = 'Trường Trung học cơ sở Kỳ Hoa, phường Kỳ Hoa, thị xã Kỳ Anh, tỉnh Hà Tĩnh';

function ballots(count: number, extra: Partial<BallotsInput> = {}, long = false): BallotsInput {
  return {
    organisation: 'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
    partyHeader: true,
    pollTitle: 'Bình xét đề nghị tặng Giấy khen năm 2021',
    nominees: Array.from({ length: count }, (_, i) => ({
      kind: 'ca_nhan' as const,
      name: long && i % 2 === 1 ? LONG_NAME : (NAMES[i % NAMES.length] ?? ''),
      unit: long && i % 3 === 0 ? LONG_UNIT : (UNITS[i % UNITS.length] ?? ''),
      awardForm: i % 3 === 0 ? 'Bằng khen' : 'Giấy khen',
    })),
    copies: 3,
    firstSerial: 1,
    ...extra,
  };
}

const serialsOn = (text: string): string[] => [...text.matchAll(/Số: (\d+)/g)].map((m) => m[1] ?? '');

describe('ballots', () => {
  it('prints the headings, the names with every mark, the boxes and the instructions', async () => {
    const pdf = await renderBallots(ballots(5, { copies: 1 }));
    const text = squeeze(pdfText(pdf));
    for (const phrase of [
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'PHIẾU BẦU',
      'Bình xét đề nghị tặng Giấy khen năm 2021',
      'STT',
      'Họ và tên',
      'Đơn vị',
      'Đồng ý',
      'Đóng dấu',
      'Đinh Thị Thơm',
      'Trần Thị Hương Giang',
      'Phòng Giáo dục và Đào tạo',
      'Bằng khen',
      'Số: 1',
    ])
      expect(text).toContain(phrase);
    expect(text.replace(/\s+/g, ' ')).toContain(BALLOT_INSTRUCTIONS);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('uses the national motto when the organiser is not a Party body', async () => {
    const text = squeeze(pdfText(await renderBallots(ballots(3, { partyHeader: false, copies: 1 }))));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN');
  });

  it('puts two short ballots on a sheet, numbered in order and padded to the last serial', async () => {
    const input = ballots(8, { copies: 5, firstSerial: 7 });
    expect(arrangement(input).perSheet).toBe(2);
    const pdf = await renderBallots(input);
    expect(pdfPages(pdf)).toBe(3);
    expect(serialsOn(pdfText(pdf, 1))).toEqual(['07', '08']);
    expect(serialsOn(pdfText(pdf, 2))).toEqual(['09', '10']);
    expect(serialsOn(pdfText(pdf, 3))).toEqual(['11']);
  });

  it('gives a long list a page per ballot, with three-digit serials for 300 copies', async () => {
    const input = ballots(40, { copies: 300 });
    expect(arrangement(input).perSheet).toBe(1);
    const pdf = await renderBallots(input);
    expect(pdfPages(pdf)).toBe(300);
    expect(serialsOn(pdfText(pdf, 1))).toEqual(['001']);
    expect(serialsOn(pdfText(pdf, 42))).toEqual(['042']);
    expect(serialsOn(pdfText(pdf, 300))).toEqual(['300']);
    expect(squeeze(pdfText(pdf, 300))).toContain('40 Phạm Thị Thu Hà');
  });

  it('never splits a ballot that fits a half or a page', async () => {
    for (const long of [false, true])
      for (const count of [1, 6, 9, 12, 13, 20, 30, 36, 37, 41]) {
        const input = ballots(count, { copies: 2 }, long);
        const { perSheet, fits } = arrangement(input);
        const pages = pdfPages(await renderBallots(input));
        const label = `${count} names, long texts: ${long}`;
        // A ballot that needs more than a page even in compact type runs on, by design.
        if (fits) expect(pages, label).toBe(perSheet === 2 ? 1 : 2);
        else expect(pages, label).toBeGreaterThan(2);
        // 42 rows fit a page in compact type: 41 names and their section row ("I. CÁ NHÂN").
        if (!long && count <= 41) expect(fits, label).toBe(true);
      }
  });

  it('repeats the table header when a very long list runs onto a second page', async () => {
    const pdf = await renderBallots(ballots(60, { copies: 2 }));
    expect(pdfPages(pdf)).toBe(4);
    const second = squeeze(pdfText(pdf, 2));
    expect(second).toContain('Họ và tên');
    expect(second).toContain('60 ');
    expect(serialsOn(pdfText(pdf, 3))).toEqual(['2']);
  });

  it('stamps the same pages as laying out every ballot with pdfmake', async () => {
    for (const input of [ballots(8, { copies: 3, partyHeader: false }), ballots(45, { copies: 2 })]) {
      const fast = await renderBallots(input);
      const plain = await renderPdf(ballotsDefinition(input));
      expect(pdfText(fast)).toBe(pdfText(plain));
      const [a, b] = [pdfImages(fast), pdfImages(plain)];
      expect(a.length).toBe(b.length);
      a.forEach((png, i) => expect(png.equals(b[i] ?? Buffer.alloc(0)), `page ${i + 1}`).toBe(true));
    }
  });

  it('cuts the list into its sections and numbers the names through, in the order given', async () => {
    const input = ballots(0, { copies: 1 });
    input.nominees = [
      { kind: 'tap_the', name: 'Chi bộ Trường THCS Kỳ Hoa', unit: 'Đảng bộ phường', awardForm: 'Giấy khen' },
      { kind: 'tap_the', name: 'Ban Tuyên giáo Thị ủy', unit: 'Thị ủy Kỳ Anh', awardForm: 'Giấy khen' },
      { kind: 'ca_nhan', name: 'Đinh Thị Thơm', unit: 'Trường THCS Kỳ Hoa', awardForm: 'Giấy khen' },
      {
        kind: 'ho_gia_dinh',
        name: 'Gia đình ông Lê Văn Hải',
        unit: 'Phường Kỳ Trinh',
        awardForm: 'Giấy khen',
      },
    ];
    const lines = squeeze(pdfText(await renderBallots(input)))
      .split('\n')
      .map((line) => line.trim());
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    const order = [
      'I. TẬP THỂ',
      '1 Chi bộ Trường THCS Kỳ Hoa',
      '2 Ban Tuyên giáo Thị ủy',
      'II. CÁ NHÂN',
      '3 Đinh Thị Thơm',
      'III. HỘ GIA ĐÌNH',
      '4 Gia đình ông Lê Văn Hải',
    ].map(at);
    expect(
      order.every((line) => line >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('renders NFD input as NFC', async () => {
    const nfd = ballots(2, { copies: 1, pollTitle: 'Bình xét thi đua'.normalize('NFD') });
    nfd.nominees = nfd.nominees.map((n) => ({ ...n, name: n.name.normalize('NFD') }));
    const text = pdfText(await renderBallots(nfd));
    expect(text).toContain('Đinh Thị Thơm');
    expect(text).toContain('Bình xét thi đua');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('refuses impossible requests', () => {
    expect(() => ballotsDefinition(ballots(3, { copies: 0 }))).toThrow(RangeError);
    expect(() => ballotsDefinition(ballots(3, { copies: 2001 }))).toThrow(RangeError);
    expect(() => ballotsDefinition(ballots(3, { firstSerial: 0 }))).toThrow(RangeError);
    expect(() => ballotsDefinition(ballots(0))).toThrow(RangeError);
  });
});
