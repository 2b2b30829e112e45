import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { NomineeKind } from '../../src/shared/nominees';
import { pdfText, squeeze } from '../documents/poppler';
import { call, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from './seed';

/** 4 December 2026, 14:05 on the office's clock. */
const NOW = new Date(2026, 11, 4, 14, 5);

/** As a list from a unit would give them: a collective after individuals, collectives not in A–Z. */
const LIST: [NomineeKind, string][] = [
  ['ca_nhan', 'Võ Thị Lan'],
  ['tap_the', 'Chi bộ Trường THCS Kỳ Hoa'],
  ['ca_nhan', 'Đinh Thị Thơm'],
  ['tap_the', 'Ban Tuyên giáo Thị ủy'],
  ['ho_gia_dinh', 'Gia đình ông Lê Văn Hải'],
];
/** The list's order: collectives, individuals, households, each as entered. */
const IN_LIST_ORDER = [
  'Chi bộ Trường THCS Kỳ Hoa',
  'Ban Tuyên giáo Thị ủy',
  'Võ Thị Lan',
  'Đinh Thị Thơm',
  'Gia đình ông Lê Văn Hải',
];

async function setUp(core: Core, members: number) {
  const conference = await call(core, 'conferences.create', {
    title: 'Hội nghị tổng kết',
    kind: 'tong_ket',
    startsAt: '2026-12-04',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  });
  await seatCouncil(core, conference.id, members, members);
  const ids = new Map<string, number>();
  for (const [kind, fullName] of LIST)
    ids.set(
      fullName,
      (await call(core, 'nominees.create', { conferenceId: conference.id, kind, fullName })).id,
    );
  return { conferenceId: conference.id, ids, rule: await presetRules(core) };
}

/** Picked in an order of their own: the documents must not follow it. */
const picked = (ids: Map<string, number>) => [...ids.values()].reverse();

async function countedPoll(core: Core, members: number) {
  const { conferenceId, ids, rule } = await setUp(core, members);
  const poll = await countingPoll(
    core,
    conferenceId,
    picked(ids),
    rule('Từ 70% số thành viên dự họp'),
    'Bình xét',
  );
  const saved = await call(core, 'polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: {
      ballotsIssued: members,
      ballotsReturned: members,
      valid: members,
      invalid: 0,
      votes: poll.nominees.map((n, i) => ({
        nomineeId: n.nomineeId,
        agree: members - (i % 2),
        disagree: i % 2,
        abstain: 0,
      })),
    },
  });
  return { conferenceId, ids, poll: saved };
}

/** Where each phrase first starts a line of the PDF's text. */
function lineOf(text: string): (start: string) => number {
  const lines = squeeze(text)
    .split('\n')
    .map((line) => line.trim());
  return (start) => lines.findIndex((line) => line.startsWith(start));
}

describe('poll documents follow the list', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('gives the poll its nominees in list order, whatever order they were picked in', async () => {
    const core = await openCore({ dataDir: dir() });
    const { poll } = await countedPoll(core, 3);
    expect(poll.nominees.map((n) => n.fullName)).toEqual(IN_LIST_ORDER);
    expect(poll.nominees.map((n) => n.kind)).toEqual([
      'tap_the',
      'tap_the',
      'ca_nhan',
      'ca_nhan',
      'ho_gia_dinh',
    ]);
    expect(poll.tally?.results.map((r) => r.nomineeId)).toEqual(poll.nominees.map((n) => n.nomineeId));
  });

  it('lists nominees in the list order when asked, and by kind then name otherwise', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await setUp(core, 1);
    const page = async (sort: 'list' | 'kind') =>
      (await call(core, 'nominees.list', { conferenceId, sort, limit: 50 })).rows.map((n) => n.fullName);
    expect(await page('list')).toEqual(IN_LIST_ORDER);
    expect((await page('kind')).slice(0, 2)).toEqual(['Ban Tuyên giáo Thị ủy', 'Chi bộ Trường THCS Kỳ Hoa']);
  });

  it('prints the ballots in the list sections, numbered through', async () => {
    const core = await openCore({ dataDir: dir() });
    const { poll } = await countedPoll(core, 3);
    const file = await call(core, 'polls.ballotsPdf', { id: poll.id, copies: 1 });
    const at = lineOf(pdfText(readFileSync(file.path)));
    const order = [
      'I. TẬP THỂ',
      '1 Chi bộ Trường THCS Kỳ Hoa',
      '2 Ban Tuyên giáo Thị ủy',
      'II. CÁ NHÂN',
      '3 Võ Thị Lan',
      '4 Đinh Thị Thơm',
      'III. HỘ GIA ĐÌNH',
      '5 Gia đình ông Lê Văn Hải',
    ].map(at);
    expect(
      order.every((line) => line >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes minutes in list order, with disagree votes, a dated text and blanks for missing tellers', async () => {
    const core = await openCore({ dataDir: dir(), now: () => NOW });
    // One member, the chair: no teller is on record.
    const { poll } = await countedPoll(core, 1);
    const file = await call(core, 'polls.minutesPdf', { id: poll.id });
    const text = pdfText(readFileSync(file.path));
    const flat = squeeze(text).replace(/\s+/g, ' ');
    const at = lineOf(text);
    const order = [
      'I. TẬP THỂ',
      '1 Chi bộ Trường',
      '2 Ban Tuyên giáo',
      'II. CÁ NHÂN',
      '3 Võ Thị Lan',
      '5 Gia đình',
    ].map(at);
    expect(
      order.every((line) => line >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Row 2 had one vote against: "Đồng ý 0, Không đồng ý 1".
    expect(squeeze(text)).toMatch(/2 Ban Tuyên giáo Thị ủy 0 1 0,00 Không đạt/);
    expect(flat).toContain('Kỳ Anh, ngày 04 tháng 12 năm 2026');
    expect(flat).toContain('vào lúc 14 giờ 05, ngày 04 tháng 12 năm 2026');
    expect(flat).not.toContain('04/12/2026');
    expect(flat).toContain('1. ………………………………………… – Trưởng ban;');
    expect(flat).not.toContain('Chưa ghi tên');
  });

  it('exports the results in the list sections, as PDF and as Excel', async () => {
    const core = await openCore({ dataDir: dir(), now: () => NOW });
    const { conferenceId } = await countedPoll(core, 3);
    const pdf = await call(core, 'exports.pollResults', { conferenceId, format: 'pdf' });
    const at = lineOf(pdfText(readFileSync(pdf.path)));
    const order = [
      'I. TẬP THỂ',
      '1 Chi bộ Trường',
      '2 Ban Tuyên giáo',
      'II. CÁ NHÂN',
      '3 Võ Thị Lan',
      'III. HỘ GIA ĐÌNH',
    ].map(at);
    expect(
      order.every((line) => line >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const xlsx = await call(core, 'exports.pollResults', { conferenceId, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const firsts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      const [a, b] = [row.getCell(1).text, row.getCell(2).text];
      if (/^[IV]+\. /.test(a)) firsts.push(a);
      else if (/^\d+$/.test(a)) firsts.push(`${a} ${b}`);
    });
    expect(firsts).toEqual([
      'I. TẬP THỂ',
      '1 Chi bộ Trường THCS Kỳ Hoa',
      '2 Ban Tuyên giáo Thị ủy',
      'II. CÁ NHÂN',
      '3 Võ Thị Lan',
      '4 Đinh Thị Thơm',
      'III. HỘ GIA ĐÌNH',
      '5 Gia đình ông Lê Văn Hải',
    ]);
  });
});
