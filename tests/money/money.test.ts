import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { sql } from 'kysely';
import { queryValue } from '../db-access';
import { auditLines } from '../../src/shared/audit-format';
import { paymentListModel } from '../../src/main/money/payment-list';
import { call, callError, conferenceInput, useCores, useTempDir } from '../helpers';
import { addNominees, type SeedNominee } from '../decisions/seed';

const HONOREES: SeedNominee[] = [
  {
    fullName: 'Đinh Thị Thơm',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Lao động tiên tiến',
    status: 'duoc_duyet',
  },
  {
    fullName: 'Phạm Văn Hải',
    unitName: 'Dân quân tự vệ',
    form: 'Chiến sĩ thi đua cơ sở',
    status: 'duoc_duyet',
  },
  { fullName: 'Lê Thị Kim Liên', unitName: 'Văn phòng Thị ủy', form: 'Giấy khen', status: 'duoc_duyet' },
  {
    kind: 'tap_the',
    fullName: 'Chi bộ Khối dân',
    unitName: 'Phường Sông Trí',
    form: 'Tập thể lao động xuất sắc',
    status: 'duoc_duyet',
  },
];

async function issue(core: Core, date: string, honorees = HONOREES) {
  const conference = await call(core, 'conferences.create', conferenceInput({ title: 'Tổng kết năm 2024' }));
  const ids = await addNominees(core, conference.id, honorees);
  const decision = await call(core, 'decisions.create', {
    conferenceId: conference.id,
    number: '12/QĐ-UBND',
    date,
    issuer: 'UBND thị xã Kỳ Anh',
    registerId: null,
  });
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: ids,
  });
  return { conference, decision };
}

async function formNamed(core: Core, name: string) {
  const form = (await call(core, 'awards.list', { includeInactive: true })).find((f) => f.name === name);
  if (!form) throw new Error(`no form ${name}`);
  return form;
}

describe('reward money', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('ships the base salaries and the coefficients Decree 98/2023 states, and leaves the rest empty', async () => {
    const core = await openCore({ dataDir: dir() });
    const salaries = await call(core, 'salaries.list', {});
    expect(salaries.map((s) => [s.effectiveFrom, s.amount])).toEqual([
      ['2024-07-01', 2_340_000],
      ['2023-07-01', 1_800_000],
    ]);
    expect(salaries[0]?.source).toContain('73/2024/NĐ-CP');
    const forms = await call(core, 'awards.list', { includeInactive: true });
    const byName = Object.fromEntries(
      forms.map((f) => [f.name, [f.individualCoefficient, f.collectiveCoefficient]]),
    );
    expect(byName).toEqual({
      'Bằng khen': [null, null],
      'Tập thể lao động xuất sắc': [null, 1.5],
      'Chiến sĩ thi đua cơ sở': [1, null],
      'Giấy khen': [null, null],
      'Tập thể lao động tiên tiến': [null, 0.8],
      'Lao động tiên tiến': [0.3, null],
      'Thư khen': [null, null],
      'Giấy biểu dương': [null, null],
    });
    expect((await formNamed(core, 'Lao động tiên tiến')).coefficientSource).toContain('Điều 54');
  });

  it('gives each award the amount in force on the decision date, rounded up to 10,000 đ', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, decision } = await issue(core, '2025-01-15');
    const list = await call(core, 'payments.list', { conferenceId: conference.id, decisionId: decision.id });
    expect(list.rows).toEqual([
      {
        stt: 1,
        name: 'Chi bộ Khối dân',
        unit: 'Phường Sông Trí',
        form: 'Tập thể lao động xuất sắc',
        kind: 'collective',
        amount: 3_510_000,
      },
      {
        stt: 2,
        name: 'Phạm Văn Hải',
        unit: 'Dân quân tự vệ',
        form: 'Chiến sĩ thi đua cơ sở',
        kind: 'individual',
        amount: 2_340_000,
      },
      {
        stt: 3,
        name: 'Đinh Thị Thơm',
        unit: 'Đảng bộ xã Kỳ Hoa',
        form: 'Lao động tiên tiến',
        kind: 'individual',
        amount: 710_000,
      },
    ]);
    expect(list.total).toBe(6_560_000);
    expect(list.totalInWords).toBe('Sáu triệu năm trăm sáu mươi nghìn đồng');
    // Giấy khen has no coefficient: issued without an amount, and said so.
    expect(list.withoutAmount).toBe(1);
    expect(list.which).toBe('Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2025');
    // The decision's own list shows each award's amount too, in certificate order.
    const awards = await call(core, 'decisions.awards', { id: decision.id });
    expect(awards.map((a) => [a.fullName, a.rewardAmount])).toEqual([
      ['Chi bộ Khối dân', 3_510_000],
      ['Phạm Văn Hải', 2_340_000],
      ['Lê Thị Kim Liên', null],
      ['Đinh Thị Thơm', 710_000],
    ]);
  });

  it('uses the base salary of the decision date, not of today', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await issue(core, '2024-06-30');
    const list = await call(core, 'payments.list', { conferenceId: conference.id, decisionId: null });
    expect(list.rows.map((r) => r.amount)).toEqual([2_700_000, 1_800_000, 540_000]);
  });

  it('gives no amount when no base salary was in force on the decision date', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await issue(core, '2021-05-19');
    const list = await call(core, 'payments.list', { conferenceId: conference.id, decisionId: null });
    expect(list.rows).toEqual([]);
    expect(list.withoutAmount).toBe(4);
    expect(list.totalInWords).toBe('Không đồng');
  });

  it('keeps the amounts a decision was issued with when coefficients and salaries change later', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, decision } = await issue(core, '2025-01-15');
    const query = { conferenceId: conference.id, decisionId: decision.id };
    const before = await call(core, 'payments.list', query);
    const form = await formNamed(core, 'Lao động tiên tiến');
    await call(core, 'awards.update', { ...form, individualCoefficient: 0.5 });
    const [salary] = await call(core, 'salaries.list', {});
    if (!salary) throw new Error('no salary');
    await call(core, 'salaries.update', { ...salary, amount: 3_000_000 });
    expect(await call(core, 'payments.list', query)).toEqual(before);

    // A decision issued afterwards takes the new figures.
    const later = await issue(core, '2025-02-01', [HONOREES[0] as SeedNominee]);
    const list = await call(core, 'payments.list', { conferenceId: later.conference.id, decisionId: null });
    expect(list.rows.map((r) => r.amount)).toEqual([1_500_000]);
  });

  it('writes the amounts into the audit log when the decision gives its awards', async () => {
    const core = await openCore({ dataDir: dir() });
    const { decision } = await issue(core, '2025-01-15');
    const after = await queryValue<string>(
      core.context.store,
      sql`select after from audit_log where entity = 'decision' and action = 'assign' and entity_id = ${decision.id}`,
    );
    expect(JSON.parse(after).reward).toEqual({
      baseSalary: 2_340_000,
      paid: 3,
      total: 6_560_000,
      withoutAmount: 1,
    });
    // The log viewer reads it in words.
    expect(auditLines(JSON.parse(after))).toEqual(
      expect.arrayContaining([
        'Tiền thưởng:',
        '  Mức lương cơ sở (đồng): 2.340.000',
        '  Tổng tiền thưởng (đồng): 6.560.000',
        '  Số khen thưởng không kèm tiền thưởng: 1',
      ]),
    );
  });

  it('totals the amounts as issued per award form and per unit in the statistics', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await issue(core, '2025-01-15', [
      ...HONOREES,
      {
        fullName: 'Hồ Văn Nam',
        unitName: 'Dân quân tự vệ',
        form: 'Lao động tiên tiến',
        status: 'duoc_duyet',
      },
    ]);
    const stats = await call(core, 'statistics.amounts', { conferenceId: conference.id });
    expect(stats.byAwardForm).toEqual([
      { label: 'Tập thể lao động xuất sắc', awards: 1, amount: 3_510_000 },
      { label: 'Chiến sĩ thi đua cơ sở', awards: 1, amount: 2_340_000 },
      { label: 'Lao động tiên tiến', awards: 2, amount: 1_420_000 },
    ]);
    expect(stats.byUnit.find((l) => l.label === 'Dân quân tự vệ')).toEqual({
      label: 'Dân quân tự vệ',
      awards: 2,
      amount: 3_050_000,
    });
    expect(stats.byUnit.reduce((sum, l) => sum + l.amount, 0)).toBe(stats.total);
    expect([stats.awards, stats.total]).toEqual([4, 7_270_000]);

    // The statistics workbook carries them on a sheet of their own, as numbers.
    const file = await call(core, 'exports.statistics', { conferenceId: conference.id, compareWithId: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Thống kê', 'Tiền thưởng']);
    const values: unknown[] = [];
    workbook.getWorksheet('Tiền thưởng')?.eachRow((row) => values.push(row.values));
    expect(values).toContainEqual([undefined, 'Lao động tiên tiến', 2, 1_420_000]);
    expect(values).toContainEqual([undefined, 'Tổng cộng', 4, 7_270_000]);
    expect(values).toContainEqual([undefined, 'Bằng chữ: Bảy triệu hai trăm bảy mươi nghìn đồng']);
  });

  it('keeps one base salary per day, and refuses a second for the same day', async () => {
    const core = await openCore({ dataDir: dir() });
    const created = await call(core, 'salaries.create', {
      effectiveFrom: '2019-07-01',
      amount: 1_490_000,
      source: 'Nghị định 38/2019/NĐ-CP',
    });
    expect(created.amount).toBe(1_490_000);
    const error = await callError(core, 'salaries.create', { effectiveFrom: '2019-07-01', amount: 1 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Đã có mức lương cơ sở');
    await call(core, 'salaries.delete', { id: created.id, revision: created.revision });
    expect((await call(core, 'salaries.list', {})).map((s) => s.effectiveFrom)).toEqual([
      '2024-07-01',
      '2023-07-01',
    ]);
    expect((await callError(core, 'salaries.create', { effectiveFrom: '2019-02-30', amount: 5 })).code).toBe(
      'VALIDATION',
    );
  });

  it('refuses coefficients that are negative or finer than a thousandth', async () => {
    const core = await openCore({ dataDir: dir() });
    const form = await formNamed(core, 'Giấy khen');
    for (const bad of [-0.1, 0.1234, 5000]) {
      const error = await callError(core, 'awards.update', { ...form, individualCoefficient: bad });
      expect(error.code).toBe('VALIDATION');
    }
    const saved = await call(core, 'awards.update', {
      ...form,
      individualCoefficient: 0.3,
      collectiveCoefficient: 0.6,
      coefficientSource: 'Quy chế thi đua của UBND tỉnh',
    });
    expect([saved.individualCoefficient, saved.collectiveCoefficient]).toEqual([0.3, 0.6]);
  });
});

describe('the payment list workbook', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('holds number cells, no formula, the total, the words, on A4 in Times New Roman', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, decision } = await issue(core, '2025-01-15');
    const file = await call(core, 'exports.paymentList', {
      conferenceId: conference.id,
      decisionId: decision.id,
    });
    expect(file.fileName).toBe('Danh sách nhận tiền thưởng - QĐ 12-QĐ-UBND.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.pageSetup.paperSize).toBe(9);
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.some((c) => c.formula !== undefined || c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const texts = cells.map((c) => (typeof c.value === 'string' ? c.value : ''));
    expect(texts).toContain('DANH SÁCH NHẬN TIỀN THƯỞNG');
    expect(texts).toContain('Họ và tên / Tên tập thể');
    expect(texts).toContain('Ký nhận');
    expect(texts).toContain('Bằng chữ: Sáu triệu năm trăm sáu mươi nghìn đồng');
    const numbers = cells
      .filter((c) => typeof c.value === 'number' && Number(c.col) === 5)
      .map((c) => c.value);
    expect(numbers).toEqual([3_510_000, 2_340_000, 710_000, 6_560_000]);
    const totalRow = cells.find((c) => c.value === 'Tổng cộng');
    expect(totalRow).toBeDefined();
    expect(cells.every((c) => c.font?.name === undefined || c.font.name === 'Times New Roman')).toBe(true);
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
  });

  it('makes no file when nothing is to be paid', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await issue(core, '2021-05-19');
    const error = await callError(core, 'exports.paymentList', {
      conferenceId: conference.id,
      decisionId: null,
    });
    expect(error.code).toBe('EMPTY_SELECTION');
  });
});

describe('paymentListModel', () => {
  it('numbers collectives first, sums the rounded amounts and skips awards without one', () => {
    const model = paymentListModel(
      [
        { name: 'An', unit: 'X', form: 'LĐTT', kind: 'individual', amount: 710_000 },
        { name: 'Tổ 1', unit: 'Y', form: 'TTLĐTT', kind: 'collective', amount: 1_880_000 },
        { name: 'Bình', unit: 'X', form: 'Giấy khen', kind: 'individual', amount: null },
      ],
      'Hội nghị',
    );
    expect(model.rows.map((r) => [r.stt, r.name])).toEqual([
      [1, 'Tổ 1'],
      [2, 'An'],
    ]);
    expect(model.total).toBe(2_590_000);
    expect(model.totalInWords).toBe('Hai triệu năm trăm chín mươi nghìn đồng');
    expect(model.withoutAmount).toBe(1);
  });
});
