import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { addNominees, assign, createDecision, seedConference } from './seed';

describe('decisions.assignPreview: what an assignment would do, before it is confirmed', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp(withRegister = true) {
    const core = await openCore({ dataDir: dir() });
    const { conference, ids } = await seedConference(core);
    const register = withRegister
      ? await call(core, 'registers.create', {
          name: 'Sổ vàng Thị ủy',
          prefix: 'TU-',
          suffix: '/KT',
          padding: 4,
          nextNumber: 125,
        })
      : null;
    const decision = await createDecision(core, conference.id, register?.id ?? null);
    return { core, ids, decision, register };
  }

  it('names the numbers the register would give, with its pattern, and writes nothing', async () => {
    const { core, ids, decision } = await setUp();
    const preview = await call(core, 'decisions.assignPreview', { decisionId: decision.id, nomineeIds: ids });
    expect(preview).toEqual({
      revision: decision.revision,
      added: 4,
      alreadyAwarded: 0,
      byForm: [
        { awardFormName: 'Bằng khen', count: 2 },
        { awardFormName: 'Giấy khen', count: 2 },
      ],
      numbers: {
        registerId: expect.any(Number),
        registerName: 'Sổ vàng Thị ủy',
        first: 'TU-0125/KT',
        last: 'TU-0128/KT',
        nextBefore: 125,
        nextAfter: 129,
      },
    });
    expect(await call(core, 'decisions.awards', { id: decision.id })).toEqual([]);
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(125);

    // The assignment gives exactly the numbers previewed.
    const awards = await call(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: preview.revision,
      nomineeIds: ids,
      registerNext: preview.numbers?.nextBefore,
    });
    expect(awards.map((a) => a.registerNumber)).toEqual([
      'TU-0125/KT',
      'TU-0126/KT',
      'TU-0127/KT',
      'TU-0128/KT',
    ]);
  });

  it('counts nominees the decision already awards apart, and numbers only the new ones', async () => {
    const { core, ids, decision } = await setUp();
    await assign(core, decision, [ids[1] as number]);
    const preview = await call(core, 'decisions.assignPreview', { decisionId: decision.id, nomineeIds: ids });
    expect(preview).toMatchObject({
      added: 3,
      alreadyAwarded: 1,
      numbers: { first: 'TU-0126/KT', last: 'TU-0128/KT', nextBefore: 126, nextAfter: 129 },
    });
  });

  it('gives no numbers without a register, and refuses the nominees the assignment would refuse', async () => {
    const { core, ids, decision } = await setUp(false);
    const preview = await call(core, 'decisions.assignPreview', { decisionId: decision.id, nomineeIds: ids });
    expect(preview).toMatchObject({ added: 4, numbers: null });
    const [proposed] = await addNominees(core, decision.conferenceId, [
      { fullName: 'Ngô Hồng Thơm', form: 'Giấy khen', status: 'de_nghi' },
    ]);
    const error = await callError(core, 'decisions.assignPreview', {
      decisionId: decision.id,
      nomineeIds: [...ids, proposed],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Ngô Hồng Thơm (chưa được duyệt)');
    expect(
      (await callError(core, 'decisions.assignPreview', { decisionId: 999, nomineeIds: ids })).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses an assignment when the register gave numbers elsewhere after the preview', async () => {
    const { core, ids, decision, register } = await setUp();
    const preview = await call(core, 'decisions.assignPreview', { decisionId: decision.id, nomineeIds: ids });
    // Another decision takes numbers from the same register meanwhile.
    const other = await call(core, 'decisions.create', {
      conferenceId: decision.conferenceId,
      number: '124-QĐ/ThU',
      date: '2021-05-19',
      registerId: register?.id ?? null,
    });
    await assign(core, other, [ids[0] as number]);
    const error = await callError(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: preview.revision,
      nomineeIds: ids,
      registerNext: preview.numbers?.nextBefore,
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('số tiếp theo nay là TU-0126/KT, không còn là TU-0125/KT');
    expect(await call(core, 'decisions.awards', { id: decision.id })).toEqual([]);
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(126);
  });
});
