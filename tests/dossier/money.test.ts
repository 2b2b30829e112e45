import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { formMoneyText } from '../../src/main/dossier/money';
import type { Honoree } from '../../src/main/exports/honorees';
import { call, useCores, useTempDir } from '../helpers';
import { bodyText, convertedText, paragraphs, sofficeMissing } from './docx';
import { closedPoll, DECISION } from './seed';

/**
 * The reward money in the Word decision and payment list: the amounts each award was issued
 * with, the same figures as the Excel payment list, unmoved by a coefficient changed later.
 */

// Bằng khen to a collective at 1,5 and Giấy khen to an individual at 0,3 of the 2.340.000 đồng
// base salary in force from 2024-07-01: 3.510.000 and 702.000 rounded up to 710.000.
const COLLECTIVE = 3_510_000;
const INDIVIDUAL = 710_000;
const TOTAL = COLLECTIVE + 2 * INDIVIDUAL;
const WORDS = 'Bốn triệu chín trăm ba mươi nghìn đồng';

type Coefficients = Record<string, [number | null, number | null]>;

async function setCoefficients(core: Core, byForm: Coefficients) {
  for (const form of await call(core, 'awards.list', { includeInactive: true })) {
    const pair = byForm[form.name];
    if (pair)
      await call(core, 'awards.update', {
        ...form,
        individualCoefficient: pair[0],
        collectiveCoefficient: pair[1],
      });
  }
}

const COEFFICIENTS: Coefficients = { 'Bằng khen': [null, 1.5], 'Giấy khen': [0.3, null] };

/** The decision's three awards given on `date`, the coefficients set beforehand (none when null). */
async function issuedWorld(
  core: Core,
  date = '2025-01-15',
  coefficients: Coefficients | null = COEFFICIENTS,
) {
  const { conference, ids } = await closedPoll(core);
  if (coefficients) await setCoefficients(core, coefficients);
  const decision = await call(core, 'decisions.create', { conferenceId: conference.id, ...DECISION, date });
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: ids.slice(0, 3),
  });
  return { conference, decision };
}

async function documents(core: Core, world: Awaited<ReturnType<typeof issuedWorld>>) {
  const docx = async (kind: 'decision' | 'paymentList') =>
    readFileSync(
      (await call(core, 'dossier.decisionDocument', { decisionId: world.decision.id, kind })).path,
    );
  const file = await call(core, 'exports.paymentList', {
    conferenceId: world.conference.id,
    decisionId: world.decision.id,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return {
    decision: await docx('decision'),
    paymentList: await docx('paymentList'),
    xlsx: {
      amounts: cells.filter((c) => typeof c.value === 'number' && Number(c.col) === 5).map((c) => c.value),
      words: cells.map((c) => String(c.value)).find((v) => v.startsWith('Bằng chữ:')),
    },
  };
}

/** "3.510.000" → 3510000. */
const dong = (text: string): number => Number(text.replace(/\./g, ''));
const figure = (amount: number): string => amount.toLocaleString('de-DE');
/** The no-break space that keeps a figure with its "đồng". */
const NBSP = '\u00a0';

describe('the reward money in the Word dossier', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('gives the decision, the Word payment list and the Excel payment list the same total and words', async () => {
    const core = await openCore({ dataDir: dir() });
    const docs = await documents(core, await issuedWorld(core));

    const decision = bodyText(docs.decision);
    expect(decision).toContain(
      `- Tặng Bằng khen cho 1 tập thể, mỗi tập thể được thưởng ${figure(COLLECTIVE)}${NBSP}đồng;`,
    );
    expect(decision).toContain(
      `- Tặng Giấy khen cho 2 cá nhân, mỗi cá nhân được thưởng ${figure(INDIVIDUAL)}${NBSP}đồng;`,
    );
    expect(decision).toContain(`Tổng số tiền thưởng: ${figure(TOTAL)}${NBSP}đồng (Bằng chữ: ${WORDS}).`);

    // The Word list: the rows of the Excel one, collectives first, then its total and words.
    const lines = paragraphs(docs.paymentList);
    const amounts = lines.filter((l) => /^\d{1,3}(\.\d{3})+$/.test(l)).map(dong);
    expect(amounts).toEqual([COLLECTIVE, INDIVIDUAL, INDIVIDUAL, TOTAL]);
    expect(bodyText(docs.paymentList)).toMatch(
      new RegExp(`1\\nChi bộ Khối dân\\nĐảng bộ phường Sông Trí\\nBằng khen\\n${figure(COLLECTIVE)}`),
    );
    expect(lines).toContain(`Bằng chữ: ${WORDS}`);

    expect(docs.xlsx.amounts).toEqual(amounts);
    expect(docs.xlsx.words).toBe(`Bằng chữ: ${WORDS}`);
    // The decision's total is the one both lists add up to.
    expect(amounts.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(amounts.at(-1));
  });

  it('changes none of them when a coefficient or the base salary changes after the decision', async () => {
    const core = await openCore({ dataDir: dir() });
    const world = await issuedWorld(core);
    const before = await documents(core, world);
    await setCoefficients(core, { 'Bằng khen': [null, 2], 'Giấy khen': [0.5, 0.5] });
    const [salary] = await call(core, 'salaries.list', {});
    if (!salary) throw new Error('no salary');
    await call(core, 'salaries.update', { ...salary, amount: 3_000_000 });

    const after = await documents(core, world);
    expect(bodyText(after.decision)).toBe(bodyText(before.decision));
    expect(bodyText(after.paymentList)).toBe(bodyText(before.paymentList));
    expect(after.xlsx).toEqual(before.xlsx);
    expect(bodyText(after.decision)).toContain(`Tổng số tiền thưởng: ${figure(TOTAL)}${NBSP}đồng`);
  });

  it('leaves the money out of a decision issued without amounts, and every award to fill in', async () => {
    const core = await openCore({ dataDir: dir() });
    // No base salary was in force in 2021: the awards carry no amount.
    const world = await issuedWorld(core, '2021-05-25');
    const decisionId = world.decision.id;
    const read = async (kind: 'decision' | 'paymentList') =>
      readFileSync((await call(core, 'dossier.decisionDocument', { decisionId, kind })).path);
    const decision = bodyText(await read('decision'));
    expect(decision).not.toContain('Tổng số tiền thưởng');
    expect(decision).not.toContain('được thưởng');
    expect(decision).toContain('- Tặng Giấy khen cho 2 cá nhân;');
    const lines = paragraphs(await read('paymentList'));
    for (const name of ['Chi bộ Khối dân', 'Đinh Thị Thơm', 'Nguyễn Ngọc Ẩn']) expect(lines).toContain(name);
    expect(lines.filter((l) => /\d\.\d{3}/.test(l))).toEqual([]);
    expect(lines).toContain('Bằng chữ: ');
  });

  it('states only the forms that carry money, and lists only the awards paid, as the Excel list does', async () => {
    const core = await openCore({ dataDir: dir() });
    const docs = await documents(
      core,
      await issuedWorld(core, '2025-01-15', { 'Bằng khen': [null, 1.5], 'Giấy khen': [null, null] }),
    );
    const decision = bodyText(docs.decision);
    expect(decision).toContain(
      `- Tặng Bằng khen cho 1 tập thể, mỗi tập thể được thưởng ${figure(COLLECTIVE)}${NBSP}đồng;`,
    );
    expect(decision).toContain('- Tặng Giấy khen cho 2 cá nhân;');
    expect(decision).toContain(`Tổng số tiền thưởng: ${figure(COLLECTIVE)}${NBSP}đồng`);
    const lines = paragraphs(docs.paymentList);
    expect(lines).not.toContain('Đinh Thị Thơm');
    expect(docs.xlsx.amounts).toEqual([COLLECTIVE, COLLECTIVE]);
  });

  it.skipIf(sofficeMissing !== null)(
    `prints the total and its words in LibreOffice's PDF of both${sofficeMissing ? ` (skipped: ${sofficeMissing})` : ''}`,
    async () => {
      const core = await openCore({ dataDir: dir() });
      const docs = await documents(core, await issuedWorld(core));
      const decision = convertedText(docs.decision).text;
      const flat = (text: string) => text.replace(/\s+/g, ' ');
      expect(flat(decision)).toContain(`Tổng số tiền thưởng: ${figure(TOTAL)} đồng`);
      expect(flat(decision)).toContain(`(Bằng chữ: ${WORDS}).`);
      const list = convertedText(docs.paymentList).text;
      expect(flat(list)).toContain(`Tổng cộng ${figure(TOTAL)}`);
      expect(flat(list)).toContain(`Bằng chữ: ${WORDS}`);
      // Each amount on its honoree's printed line, the last thing on it (the signing column is blank).
      const line = (name: string) => list.split('\n').find((l) => l.includes(name)) ?? '';
      expect(line('Chi bộ Khối dân')).toMatch(new RegExp(` {2,}${figure(COLLECTIVE)}$`));
      expect(line('Đinh Thị Thơm')).toMatch(new RegExp(` {2,}${figure(INDIVIDUAL)}$`));
    },
    120_000,
  );

  it.skipIf(sofficeMissing !== null)(
    `keeps a total in the billions on one line of the money column${sofficeMissing ? ` (skipped: ${sofficeMissing})` : ''}`,
    async () => {
      const core = await openCore({ dataDir: dir() });
      // The decree's largest coefficients: 270 × 2.340.000 = 631.800.000; 250 × 2.340.000 = 585.000.000.
      const world = await issuedWorld(core, '2025-01-15', {
        'Bằng khen': [null, 270],
        'Giấy khen': [250, null],
      });
      const list = convertedText((await documents(core, world)).paymentList).text.split('\n');
      expect(list.find((l) => l.includes('Chi bộ Khối dân'))).toMatch(/ {2,}631\.800\.000$/);
      expect(list.find((l) => l.includes('Tổng cộng'))).toMatch(/ {2,}1\.801\.800\.000$/);
    },
    120_000,
  );
});

describe('the money after each award form in Điều 1', () => {
  const honoree = (id: number, kind: Honoree['kind']): Honoree => ({
    id,
    kind,
    honorific: null,
    fullName: `Người ${id}`,
    gender: null,
    birth: '',
    position: '',
    unitName: '',
    achievement: '',
    awardFormId: 1,
    awardFormName: 'Giấy khen',
    awardFormRank: 1,
    proposingUnitName: '',
    status: 'duoc_duyet',
    notes: '',
  });
  const people = [honoree(1, 'ca_nhan'), honoree(2, 'ca_nhan'), honoree(3, 'tap_the')];

  it.each([
    ['no amount', [null, null, null], ''],
    [
      'one amount per kind, collectives first',
      [710_000, 710_000, 1_420_000],
      ', mỗi tập thể được thưởng 1.420.000\u00a0đồng, mỗi cá nhân được thưởng 710.000\u00a0đồng',
    ],
    [
      'amounts that differ within a kind: their sum',
      [710_000, 540_000, null],
      ', các cá nhân được thưởng tổng cộng 1.250.000\u00a0đồng',
    ],
    [
      'an award of the kind without an amount: the sum, never "mỗi"',
      [710_000, null, null],
      ', các cá nhân được thưởng tổng cộng 710.000\u00a0đồng',
    ],
  ])('%s', (_what, amounts, text) => {
    const amountOf = new Map(people.map((p, i) => [p.id, amounts[i] ?? null]));
    expect(formMoneyText(people, amountOf)).toBe(text);
  });
});
