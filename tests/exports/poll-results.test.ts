import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { shareText } from '../../src/main/exports/poll-results-model';
import { pdfPages, pdfText, squeeze } from '../documents/poppler';
import { call, callError, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';

const TITLE = 'Hội nghị tổng kết công tác thi đua năm 2024';
/** 19 December 2024, 10:00 on the office's clock. */
const NOW = new Date(2024, 11, 19, 10, 0);

/** A conference whose council has `members`, the first `present` of them present, and nominees. */
async function setUp(core: Core, members: number, present: number) {
  const conference = await call(core, 'conferences.create', {
    title: TITLE,
    kind: 'tong_ket',
    startsAt: '2024-12-19',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  });
  await seatCouncil(core, conference.id, members, present, (i) =>
    i === 0 ? 'Hoàng Văn Bình' : `Thành viên ${i + 1}`,
  );
  const nominees: number[] = [];
  for (const [fullName, unitName] of [
    ['Đinh Thị Thơm', 'Đảng bộ xã Kỳ Hoa'],
    ['Bùi Thị Yến', 'Văn phòng Thị ủy'],
    ['Nguyễn Văn Mến', 'Công an thị xã Kỳ Anh'],
  ] as const) {
    const nominee = await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName,
    });
    nominees.push(nominee.id);
  }
  return { conferenceId: conference.id, nominees, rule: await presetRules(core) };
}

/** A poll over `ids` moved on to counting, with its counts saved. */
async function countedPoll(
  core: Core,
  conferenceId: number,
  ids: number[],
  ruleId: number,
  title: string,
  agree: number[],
  valid: number,
) {
  const poll = await countingPoll(core, conferenceId, ids, ruleId, title);
  return call(core, 'polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: {
      ballotsIssued: valid + 1,
      ballotsReturned: valid + 1,
      valid,
      invalid: 1,
      votes: ids.map((nomineeId, i) => ({
        nomineeId,
        agree: agree[i] ?? 0,
        disagree: valid - (agree[i] ?? 0),
        abstain: 0,
      })),
    },
  });
}

/** One closed poll (70% of those present) and one still being counted (2/3 of all members). */
async function seed(core: Core) {
  const { conferenceId, nominees, rule } = await setUp(core, 12, 11);
  const closed = await countedPoll(
    core,
    conferenceId,
    nominees,
    rule('Từ 70% số thành viên dự họp'),
    'Bình xét tặng Giấy khen',
    [7, 6, 10],
    10,
  );
  await call(core, 'polls.close', { id: closed.id, revision: closed.revision });
  const [first] = nominees;
  await countedPoll(
    core,
    conferenceId,
    first === undefined ? [] : [first],
    rule('Từ 2/3 tổng số thành viên'),
    'Bình xét danh hiệu Chiến sĩ thi đua cơ sở',
    [8],
    10,
  );
  // A draft poll has no counts and stays out.
  await call(core, 'polls.create', {
    conferenceId,
    title: 'Bình xét chưa bắt đầu',
    ruleId: rule('Từ 70% số thành viên dự họp'),
    nomineeIds: nominees,
  });
  return conferenceId;
}

function allCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe('poll results export', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('writes every counted poll to an A4 PDF with the heading, counts and results', async () => {
    const core = await openCore({ dataDir: dir(), now: () => NOW });
    const conferenceId = await seed(core);
    const file = await call(core, 'exports.pollResults', { conferenceId, format: 'pdf' });
    expect(file.fileName).toBe(`Kết quả bình xét - ${TITLE}.pdf`);
    expect(file.rows).toBe(4);
    const pdf = readFileSync(file.path);
    expect(file.size).toBe(pdf.length);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);

    const text = squeeze(pdfText(pdf));
    const flat = text.replace(/\s+/g, ' ');
    for (const phrase of [
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Kỳ Anh, ngày 19 tháng 12 năm 2024',
      'TỔNG HỢP KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG',
      TITLE,
      '1. Bình xét tặng Giấy khen',
      'Tiêu chuẩn đạt: từ 70% số thành viên dự họp (bỏ phiếu kín).',
      'Tổng số thành viên Hội đồng: 12; có mặt: 11.',
      'Số phiếu phát ra: 11; thu vào: 11; hợp lệ: 10; không hợp lệ: 1.',
      'Tỷ lệ % tính trên số thành viên dự họp (11).',
      '2. Bình xét danh hiệu Chiến sĩ thi đua cơ sở',
      '(Đang kiểm phiếu: số liệu tạm tính, chưa phải kết quả chính thức.)',
      'Tiêu chuẩn đạt: từ 2/3 tổng số thành viên Hội đồng (bỏ phiếu kín).',
      'CHỦ TỊCH HỘI ĐỒNG',
      'Hoàng Văn Bình',
    ])
      expect(flat).toContain(phrase);
    // 70% of 11 present is 7.7: 7 votes (63,64%) fail, 10 (90,91%) pass; 8 of 12 members is 2/3.
    expect(text).toMatch(/1 Đinh Thị Thơm Đảng bộ xã Kỳ Hoa 7 63,64 Không đạt/);
    expect(text).toMatch(/3 Nguyễn Văn Mến Công an[^\n]* 10 90,91 Đạt/);
    expect(text).toMatch(/1 Đinh Thị Thơm Đảng bộ xã Kỳ Hoa 8 66,67 Đạt/);
    expect(flat).not.toContain('Bình xét chưa bắt đầu');
    const info = squeeze(pdfText(pdf, 1));
    expect(info).toContain('STT Họ và tên Đơn vị');
  });

  it('writes the same results to one Excel sheet, numbers as numbers and no formula', async () => {
    const core = await openCore({ dataDir: dir(), now: () => NOW });
    const conferenceId = await seed(core);
    const file = await call(core, 'exports.pollResults', { conferenceId, format: 'xlsx' });
    expect(file.fileName).toBe(`Kết quả bình xét - ${TITLE}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kết quả']);
    const sheet = workbook.getWorksheet('Kết quả');
    if (!sheet) throw new Error('no sheet');

    const cells = allCells(sheet);
    for (const cell of cells) {
      expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
      expect(['string', 'number'], cell.address).toContain(typeof cell.value);
      expect(cell.font?.name, cell.address).toBe('Times New Roman');
    }
    const texts = cells.map((c) => c.value);
    for (const text of [
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Kỳ Anh, ngày 19 tháng 12 năm 2024',
      'TỔNG HỢP KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG',
      TITLE,
      '1. Bình xét tặng Giấy khen',
      '2. Bình xét danh hiệu Chiến sĩ thi đua cơ sở',
    ])
      expect(texts).toContain(text);

    // Each result row: STT, name, unit, agree, percent (two places), verdict.
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const name = row.getCell(2).value;
      if (typeof name === 'string' && /^(Đinh|Bùi|Nguyễn) /.test(name))
        rows.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value));
    });
    expect(rows).toEqual([
      [1, 'Đinh Thị Thơm', 'Đảng bộ xã Kỳ Hoa', 7, 63.64, 'Không đạt'],
      [2, 'Bùi Thị Yến', 'Văn phòng Thị ủy', 6, 54.55, 'Không đạt'],
      [3, 'Nguyễn Văn Mến', 'Công an thị xã Kỳ Anh', 10, 90.91, 'Đạt'],
      [1, 'Đinh Thị Thơm', 'Đảng bộ xã Kỳ Hoa', 8, 66.67, 'Đạt'],
    ]);
    const percent = cells.find((c) => c.value === 63.64);
    expect(percent?.numFmt).toBe('0.00');
    expect(percent?.border?.left?.style).toBe('thin');

    // Counts stay numbers beside their labels.
    let issued: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '- Số phiếu phát ra:' && issued === undefined)
        issued = row.getCell(4).value;
    });
    expect(issued).toBe(11);
  });

  it('refuses a conference with no counted poll, and writes no file', async () => {
    const core = await openCore({ dataDir: dir(), now: () => NOW });
    const { conferenceId, nominees, rule } = await setUp(core, 3, 3);
    await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét',
      ruleId: rule('Từ 70% số thành viên dự họp'),
      nomineeIds: nominees,
    });
    for (const format of ['pdf', 'xlsx'] as const) {
      const error = await callError(core, 'exports.pollResults', { conferenceId, format });
      expect(error.code).toBe('EMPTY_SELECTION');
      expect(error.message).toContain('chưa có cuộc bỏ phiếu nào đã nhập kết quả kiểm phiếu');
    }
    const exportsDir = core.context.exportsDir;
    expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
  });
});

describe('shareText', () => {
  it.each([
    [{ numerator: 70, denominator: 100 }, '70%'],
    [{ numerator: 1, denominator: 2 }, '50%'],
    [{ numerator: 1, denominator: 8 }, '12,5%'],
    [{ numerator: 2, denominator: 3 }, '2/3'],
    [{ numerator: 9, denominator: 10 }, '90%'],
  ])('%o → %s', (fraction, text) => expect(shareText(fraction)).toBe(text));
});
