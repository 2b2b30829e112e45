import { describe, expect, it } from 'vitest';
import {
  batchHonorees,
  ceremonyRecordInput,
  ceremonyRecordValues,
  DEFAULT_SETTING,
  PROXY_NAME_REQUIRED,
  stepShow,
  type CeremonyHonoree,
  type ProjectorSetting,
} from '../../src/shared/projector';
import type { NomineeKind } from '../../src/shared/nominees';
import { elapsedText, namesLayout } from '../../src/renderer/src/projector/layout';

const FORMS = {
  bk: { id: 1, name: 'Bằng khen', rank: 900 },
  gk: { id: 4, name: 'Giấy khen', rank: 700 },
  lđtt: { id: 6, name: 'Lao động tiên tiến', rank: 600 },
  tk: { id: 7, name: 'Thư khen', rank: 500 },
} as const;

let nextId = 1;
function honoree(name: string, form: keyof typeof FORMS, kind: NomineeKind = 'ca_nhan'): CeremonyHonoree {
  const f = FORMS[form];
  return {
    nomineeId: nextId++,
    kind,
    honorific: null,
    fullName: name,
    position: '',
    unitName: '',
    awardFormId: f.id,
    awardFormName: f.name,
    awardFormRank: f.rank,
  };
}

const people = (count: number, form: keyof typeof FORMS, kind: NomineeKind = 'ca_nhan') =>
  Array.from({ length: count }, (_, i) => honoree(`${form}-${kind}-${i + 1}`, form, kind));

/** Each batch as "form/kind:size", the shape that matters on stage. */
const shape = (honorees: CeremonyHonoree[], size: number) =>
  batchHonorees(honorees, size).map((b) => `${b.awardFormName}/${b.kind}:${b.honorees.length}`);

describe('batchHonorees: sizes', () => {
  it.each([
    { size: 1, count: 3, expected: ['Giấy khen/ca_nhan:1', 'Giấy khen/ca_nhan:1', 'Giấy khen/ca_nhan:1'] },
    { size: 10, count: 10, expected: ['Giấy khen/ca_nhan:10'] },
    { size: 10, count: 11, expected: ['Giấy khen/ca_nhan:10', 'Giấy khen/ca_nhan:1'] },
    { size: 10, count: 20, expected: ['Giấy khen/ca_nhan:10', 'Giấy khen/ca_nhan:10'] },
    { size: 10, count: 9, expected: ['Giấy khen/ca_nhan:9'] },
    { size: 4, count: 0, expected: [] },
  ])('$count honorees in batches of $size', ({ size, count, expected }) => {
    expect(shape(people(count, 'gk'), size)).toEqual(expected);
  });

  it('numbers the parts of a form only when it needs several batches', () => {
    const batches = batchHonorees([...people(12, 'gk'), ...people(3, 'bk')], 5);
    expect(batches.map((b) => [b.index, b.awardFormName, b.part, b.parts])).toEqual([
      [0, 'Bằng khen', null, 1],
      [1, 'Giấy khen', 1, 3],
      [2, 'Giấy khen', 2, 3],
      [3, 'Giấy khen', 3, 3],
    ]);
  });

  it.each([0, -1, 1.5])('refuses a batch size of %s', (size) => {
    expect(() => batchHonorees(people(2, 'gk'), size)).toThrow(RangeError);
  });
});

describe('batchHonorees: order', () => {
  it('puts the highest rank first and never mixes forms, whatever the entry order', () => {
    const list = [
      ...people(3, 'tk'),
      ...people(2, 'gk'),
      ...people(4, 'bk'),
      honoree('Một người LĐTT', 'lđtt'),
      ...people(1, 'gk'),
    ];
    expect(shape(list, 10)).toEqual([
      'Bằng khen/ca_nhan:4',
      'Giấy khen/ca_nhan:3',
      'Lao động tiên tiến/ca_nhan:1',
      'Thư khen/ca_nhan:3',
    ]);
  });

  it('calls collectives before individuals before households within a form, in separate batches', () => {
    const list = [
      honoree('Hộ ông Lê Văn Ba', 'gk', 'ho_gia_dinh'),
      honoree('Đinh Thị Thơm', 'gk'),
      honoree('Chi bộ Khối dân', 'gk', 'tap_the'),
      honoree('Phạm Văn Hải', 'gk'),
      honoree('Trường THCS Kỳ Hoa', 'gk', 'tap_the'),
    ];
    const batches = batchHonorees(list, 10);
    expect(batches.map((b) => [b.kind, b.honorees.map((h) => h.fullName)])).toEqual([
      ['tap_the', ['Chi bộ Khối dân', 'Trường THCS Kỳ Hoa']],
      ['ca_nhan', ['Đinh Thị Thơm', 'Phạm Văn Hải']],
      ['ho_gia_dinh', ['Hộ ông Lê Văn Ba']],
    ]);
  });

  it('keeps the list order inside a form (a stable sort)', () => {
    const names = ['Vũ Thị E', 'An Văn A', 'Đỗ Văn C', 'Bùi Thị B', 'Lê Văn D'];
    const list = names.map((n) => honoree(n, 'bk'));
    expect(batchHonorees(list, 2).flatMap((b) => b.honorees.map((h) => h.fullName))).toEqual(names);
  });

  it('keeps two forms of equal rank apart, ordered by name', () => {
    const other = { ...honoree('Người thứ hai', 'gk'), awardFormId: 99, awardFormName: 'Bằng khen ngành' };
    const first = {
      ...honoree('Người thứ nhất', 'gk'),
      awardFormId: 98,
      awardFormName: 'Bằng khen cấp trên',
    };
    const batches = batchHonorees([other, first], 10);
    expect(batches.map((b) => b.awardFormName)).toEqual(['Bằng khen cấp trên', 'Bằng khen ngành']);
  });
});

describe('stepShow: the show sequence (agenda, batch 1 … batch N)', () => {
  const at = (screen: ProjectorSetting['screen'], batchIndex = 0): ProjectorSetting => ({
    ...DEFAULT_SETTING,
    screen,
    batchIndex,
  });
  const where = (s: ProjectorSetting) => (s.screen === 'ceremony' ? `batch ${s.batchIndex + 1}` : s.screen);

  it.each([
    { from: at('agenda'), direction: 1, batches: 3, to: 'batch 1' },
    { from: at('agenda'), direction: -1, batches: 3, to: 'agenda' },
    { from: at('agenda'), direction: 1, batches: 0, to: 'agenda' },
    { from: at('ceremony', 0), direction: -1, batches: 3, to: 'agenda' },
    { from: at('ceremony', 1), direction: 1, batches: 3, to: 'batch 3' },
    { from: at('ceremony', 2), direction: 1, batches: 3, to: 'batch 3' },
    { from: at('ceremony', 2), direction: -1, batches: 3, to: 'batch 2' },
    // Fewer batches than when the index was stored (a nominee was un-approved): clamp, then step.
    { from: at('ceremony', 7), direction: -1, batches: 3, to: 'batch 2' },
    { from: at('logo'), direction: 1, batches: 3, to: 'agenda' },
    { from: at('blank'), direction: -1, batches: 3, to: 'blank' },
    { from: at('poll'), direction: 1, batches: 3, to: 'agenda' },
  ] as const)('$from.screen #$from.batchIndex, $direction with $batches batches → $to', (row) => {
    expect(where(stepShow(row.from, row.batches, row.direction))).toBe(row.to);
  });

  it('keeps the batch size and the poll when it moves', () => {
    const from = { ...at('agenda'), batchSize: 7, pollId: 3 };
    expect(stepShow(from, 2, 1)).toEqual({
      screen: 'ceremony',
      batchSize: 7,
      batchIndex: 0,
      pollId: 3,
      pollPage: 0,
    });
  });
});

describe('ceremony records', () => {
  const parse = (input: unknown) => ceremonyRecordValues(ceremonyRecordInput.parse(input));

  it.each([
    {
      input: { nomineeId: 1, status: 'received' },
      expected: { ok: true, status: 'received', proxyName: '' },
    },
    {
      input: { nomineeId: 1, status: 'absent', proxyName: 'Nguyễn Văn A' },
      expected: { ok: true, status: 'absent', proxyName: '' },
    },
    {
      input: { nomineeId: 1, status: 'proxy', proxyName: '  Lê Thị  Hoa ' },
      expected: { ok: true, status: 'proxy', proxyName: 'Lê Thị Hoa' },
    },
    {
      input: { nomineeId: 1, status: 'proxy', proxyName: '   ' },
      expected: { ok: false, message: PROXY_NAME_REQUIRED },
    },
    { input: { nomineeId: 1, status: 'proxy' }, expected: { ok: false, message: PROXY_NAME_REQUIRED } },
  ])('$input.status with "$input.proxyName"', ({ input, expected }) => {
    expect(parse(input)).toEqual(expected);
  });

  it('stores the proxy name in NFC', () => {
    const result = parse({ nomineeId: 1, status: 'proxy', proxyName: 'Nguyễn Văn Mến'.normalize('NFD') });
    expect(result).toEqual({ ok: true, status: 'proxy', proxyName: 'Nguyễn Văn Mến'.normalize('NFC') });
  });

  it('refuses an unknown status', () => {
    expect(ceremonyRecordInput.safeParse({ nomineeId: 1, status: 'late' }).success).toBe(false);
  });
});

describe('projector layout', () => {
  it.each([
    { count: 1, columns: 1, rows: 1 },
    { count: 5, columns: 1, rows: 5 },
    { count: 6, columns: 2, rows: 3 },
    { count: 10, columns: 2, rows: 5 },
    { count: 16, columns: 2, rows: 8 },
    { count: 17, columns: 3, rows: 6 },
    { count: 50, columns: 3, rows: 17 },
  ])('$count names take $columns columns of $rows rows', ({ count, columns, rows }) => {
    expect(namesLayout(count)).toMatchObject({ columns, rows });
  });

  it.each([
    { seconds: 0, minutes: 30, expected: { text: '0:00', over: false } },
    { seconds: 65, minutes: 30, expected: { text: '1:05', over: false } },
    { seconds: 1800, minutes: 30, expected: { text: '30:00', over: false } },
    { seconds: 1801, minutes: 30, expected: { text: '0:01', over: true } },
    { seconds: -5, minutes: 30, expected: { text: '0:00', over: false } },
  ])('$seconds s into a $minutes-minute item', ({ seconds, minutes, expected }) => {
    const start = '2021-05-19T01:00:00.000Z';
    expect(elapsedText(start, minutes, new Date(Date.parse(start) + seconds * 1000))).toEqual(expected);
  });
});
