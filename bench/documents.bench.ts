import { renderMinutes, type MinutesInput } from '../src/main/voting/minutes-pdf';
import { renderBallots, type BallotsInput } from '../src/main/voting/ballots-pdf';
import { defineBenchmark, timeMs } from './types';

const NAMES = ['Đinh Thị Thơm', 'Nguyễn Văn Mến', 'Trần Thị Hương Giang', 'Lê Quang Vinh', 'Phạm Thị Thu Hà'];
const UNITS = [
  'Trường THCS Kỳ Hoa',
  'Công an thị xã Kỳ Anh',
  'Phòng Giáo dục và Đào tạo',
  'UBND phường Hưng Trí',
];

/** A council's ballots: `copies` ballots of `count` nominees, named and placed like real ones. */
export function ballotsInput(count: number, copies: number): BallotsInput {
  return {
    organisation: 'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
    partyHeader: true,
    pollTitle: 'Bình xét đề nghị tặng Giấy khen năm 2021',
    nominees: Array.from({ length: count }, (_, i) => ({
      kind: i < 3 ? ('tap_the' as const) : ('ca_nhan' as const),
      name: `${NAMES[i % NAMES.length] ?? ''} ${i + 1}`,
      unit: UNITS[i % UNITS.length] ?? '',
      awardForm: i % 3 === 0 ? 'Bằng khen' : 'Giấy khen',
    })),
    copies,
    firstSerial: 1,
  };
}

function minutesInput(rows: number): MinutesInput {
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
    ],
    totalMembers: 15,
    present: 12,
    writtenOpinions: 0,
    ballotsIssued: 12,
    ballotsReturned: 12,
    valid: 11,
    invalid: 1,
    ruleText: 'Từ 70% số thành viên dự họp trở lên',
    denominatorLabel: 'số thành viên dự họp',
    denominatorValue: 12,
    quorumMet: true,
    rows: Array.from({ length: rows }, (_, i) => ({
      kind: i < 3 ? ('tap_the' as const) : ('ca_nhan' as const),
      name: NAMES[i % NAMES.length] ?? '',
      unit: UNITS[i % UNITS.length] ?? '',
      agree: 12 - (i % 12),
      disagree: i % 12,
      percent: ((12 - (i % 12)) / 12) * 100,
      verdict: i % 12 < 4 ? ('passed' as const) : ('failed' as const),
    })),
    presidium: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Hoàng Văn Bình' },
  };
}

export const documentBenchmarks = [
  defineBenchmark<BallotsInput>({
    name: 'ballots_pdf_300_ms',
    unit: 'ms',
    setup: async () => ballotsInput(40, 300),
    // The whole render to bytes, as the ballots download makes it.
    run: (input) => timeMs(() => renderBallots(input)),
  }),
  defineBenchmark<MinutesInput>({
    name: 'minutes_pdf_40_rows_ms',
    unit: 'ms',
    setup: async () => minutesInput(40),
    run: (input) => timeMs(() => renderMinutes(input)),
  }),
];
