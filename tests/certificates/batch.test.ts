import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { bodyOf } from '../../src/main/certificates/templates/queries';
import { call, callError, conferenceInput, useCores, useTempDir, nomineeItems } from '../helpers';
import { formIds, IN_RANK_ORDER, PEOPLE, seedDecision, shippedTemplateId } from './seed';

const dir = useTempDir();
const openCore = useCores();

async function checked(core: Core, input: Record<string, unknown>) {
  const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
  return call(core, 'certificates.check', { templateId, ...input } as never);
}

describe('batch selection and pre-flight check', () => {
  it('selects a conference’s awards by form rank, then list order, with every filter', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, decisionId, awardIds } = await seedDecision(core, PEOPLE);
    const { selectAwards } = await import('../../src/main/certificates/selection');
    const select = async (filters: Partial<Parameters<typeof selectAwards>[1]>) =>
      (
        await selectAwards(core.context.store.db, {
          conferenceId,
          templateId: 1,
          decisionId: null,
          awardFormId: null,
          kind: null,
          unitId: null,
          awardIds: [],
          ...filters,
        })
      ).map((a) => a.fullName);

    expect(await select({})).toEqual(IN_RANK_ORDER);
    expect(await select({ decisionId })).toEqual(IN_RANK_ORDER);
    const forms = await formIds(core);
    expect(await select({ awardFormId: forms.get('Giấy khen') ?? 0 })).toEqual([
      'Đinh Thị Thơm',
      'Nguyễn Văn Mến',
    ]);
    expect(await select({ kind: 'tap_the' })).toEqual(['Chi bộ Khối dân']);
    const units = await call(core, 'units.list', {});
    const phuong = units.find((u) => u.name === 'Phường Sông Trí');
    expect(await select({ unitId: phuong?.id ?? 0 })).toEqual(['Nguyễn Văn Mến']);
    // Hand-picked: the order is still the certificate order, not the order picked.
    expect(await select({ awardIds: [awardIds[3] ?? 0, awardIds[1] ?? 0] })).toEqual([
      'Chi bộ Khối dân',
      'Nguyễn Văn Mến',
    ]);

    // A second, later decision's Bằng khen comes before the first's Giấy khen; another
    // conference's awards never come in.
    await seedDecision(
      core,
      [{ fullName: 'Phạm Văn Hải', form: 'Bằng khen' }],
      { number: '130-QĐ/ThU', date: '2021-06-01' },
      conferenceId,
    );
    await seedDecision(core, [{ fullName: 'Người hội nghị khác', form: 'Bằng khen' }]);
    expect(await select({})).toEqual([
      'Chi bộ Khối dân',
      'Lê Thị Kim Liên',
      'Phạm Văn Hải',
      ...IN_RANK_ORDER.slice(2),
    ]);
  });

  it('refuses an empty selection with a Vietnamese message', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, PEOPLE);
    const empty = await call(
      core,
      'conferences.create',
      conferenceInput({ title: 'Hội nghị chưa có quyết định' }),
    );
    for (const input of [{ conferenceId: empty.id }, { conferenceId, kind: 'ho_gia_dinh', unitId: 999 }]) {
      const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
      const error = await callError(core, 'certificates.check', { templateId, ...input });
      expect(error.code).toBe('EMPTY_SELECTION');
      expect(error.message).toMatch(/^Không có khen thưởng nào phù hợp/);
    }
  });

  it('leaves out awards of nominees moved to the bin', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, PEOPLE);
    const nominees = await core.context.store.db.selectFrom('nominees').select(['id', 'full_name']).execute();
    const liên = nominees.find((n) => n.full_name === 'Lê Thị Kim Liên');
    await call(core, 'nominees.delete', { items: await nomineeItems(core, [liên?.id ?? 0]) });
    expect((await checked(core, { conferenceId })).count).toBe(4);
  });

  it('lists missing numbers and text that does not fit, naming the person', async () => {
    const core = await openCore({ dataDir: dir() });
    const longName = `Nguyễn ${'Thị Ngọc Bích Phượng '.repeat(9)}Hằng`.slice(0, 200);
    const sixty = 'Công Tằng Tôn Nữ Thị Ngọc Bích Phượng Hằng Nga Thu Thủy Vân';
    const { conferenceId } = await seedDecision(
      core,
      [
        { fullName: 'Đinh Thị Thơm', form: 'Giấy khen', honorific: 'ba', registerNumber: '' },
        { fullName: longName, form: 'Giấy khen' },
        {
          fullName: 'Trần Văn Dũng',
          form: 'Giấy khen',
          achievement: 'Đã có thành tích xuất sắc '.repeat(70),
        },
        { fullName: sixty, form: 'Giấy khen' },
      ],
      { number: '' },
    );
    // The shipped Giấy khen takes even a 200-character name on two lines, and 60 characters easily.
    const shipped = await checked(core, { conferenceId });
    expect(shipped.count).toBe(4);
    expect(shipped.problems.map((p) => [p.fullName, p.problem, p.field])).toEqual([
      ['Đinh Thị Thơm', 'noDecisionNumber', 'decisionLine'],
      ['Đinh Thị Thơm', 'noRegisterNumber', 'registerNumber'],
      [longName, 'noDecisionNumber', 'decisionLine'],
      ['Trần Văn Dũng', 'noDecisionNumber', 'decisionLine'],
      ['Trần Văn Dũng', 'overflow', 'achievement'],
      [sixty, 'noDecisionNumber', 'decisionLine'],
    ]);
    expect(shipped.problems[1]?.message).toBe('Bà Đinh Thị Thơm: chưa được cấp số sổ vàng.');
    expect(shipped.problems[4]?.message).toContain('ô “Thành tích”');

    // A blank with a one-line name box 160 mm wide: the long name does not fit, sixty characters do.
    const copy = await call(core, 'templates.copy', {
      id: await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)'),
      name: 'Phôi hẹp',
    });
    const { id, revision } = copy;
    const body = bodyOf(copy);
    const fields = body.fields.map((f) =>
      f.key === 'recipient' ? { ...f, x: 68.5, width: 160, height: 10 } : f,
    );
    await call(core, 'templates.save', { id, revision, body: { ...body, fields } });
    const narrow = await call(core, 'certificates.check', { conferenceId, templateId: id });
    const names = narrow.problems.filter((p) => p.problem === 'nameTooLong');
    expect(names.map((p) => p.fullName)).toEqual([longName]);
    expect(names[0]?.message).toContain('tên quá dài, không vừa ô “Người nhận”');
  });

  it('does not ask for a number the template does not print', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, [
      { fullName: 'Đinh Thị Thơm', form: 'Giấy khen', registerNumber: '' },
    ]);
    const template = await call(core, 'templates.get', {
      id: await shippedTemplateId(core, 'Giấy biểu dương'),
    });
    const copy = await call(core, 'templates.copy', { id: template.id, name: 'Không in số sổ' });
    const { id, revision } = copy;
    const body = bodyOf(copy);
    const fields = body.fields.map((f) => (f.key === 'registerNumber' ? { ...f, enabled: false } : f));
    await call(core, 'templates.save', { id, revision, body: { ...body, fields } });
    expect((await call(core, 'certificates.check', { conferenceId, templateId: id })).problems).toEqual([]);
    expect((await checked(core, { conferenceId })).problems.map((p) => p.problem)).toEqual([
      'noRegisterNumber',
    ]);
  });
});
