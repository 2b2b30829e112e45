import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { AppEvent } from '../../src/shared/api/events';
import { call, callError, useCores, useTempDir, nomineeItems } from '../helpers';
import { addNominees, assign, createDecision, createRegister, latestDecision, seedConference } from './seed';
import { sql } from 'kysely';
import { queryRows } from '../db-access';
import { STALE_RECORD } from '../../src/main/db/revision';

const summary = (awards: { fullName: string; awardFormName: string; registerNumber: string }[]) =>
  awards.map((a) => [a.fullName, a.awardFormName, a.registerNumber]);

describe('decisions.assign', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp(withRegister = true) {
    const core = await openCore({ dataDir: dir() });
    const seeded = await seedConference(core);
    const register = withRegister ? await createRegister(core) : null;
    const decision = await createDecision(core, seeded.conference.id, register?.id ?? null);
    return { core, ...seeded, register, decision };
  }

  it('numbers the awards highest form first, then in list order, and moves the counter', async () => {
    const { core, ids, decision, register } = await setUp();
    const events: AppEvent[] = [];
    core.context.events.subscribe((e) => events.push(e));
    const awards = await assign(core, decision, ids);
    expect(summary(awards)).toEqual([
      ['Phạm Văn Hải', 'Bằng khen', '125/KT'],
      ['Chi bộ Khối dân', 'Bằng khen', '126/KT'],
      ['Đinh Thị Thơm', 'Giấy khen', '127/KT'],
      ['Lê Thị Kim Liên', 'Giấy khen', '128/KT'],
    ]);
    expect(awards[0]).toMatchObject({ unitName: 'Dân quân tự vệ', printCount: 0, lastPrintedAt: null });
    expect(awards[1]?.kind).toBe('tap_the');
    const [after] = (await call(core, 'registers.list', {})).filter((r) => r.id === register?.id);
    expect(after?.nextNumber).toBe(129);
    expect(events).toContainEqual({ type: 'decisions.changed', conferenceId: decision.conferenceId });
    const [listed] = await call(core, 'decisions.list', { conferenceId: decision.conferenceId });
    expect(listed?.awardCount).toBe(4);
    expect(await call(core, 'decisions.awards', { id: decision.id })).toEqual(awards);
  });

  it('skips nominees already in the decision and continues after the existing ones', async () => {
    const { core, ids, decision } = await setUp();
    await assign(core, decision, [ids[0] as number]);
    const again = await assign(core, decision, ids);
    // The first award kept 125; the others were numbered after it, in certificate order.
    expect(summary(again)).toEqual([
      ['Phạm Văn Hải', 'Bằng khen', '126/KT'],
      ['Chi bộ Khối dân', 'Bằng khen', '127/KT'],
      ['Đinh Thị Thơm', 'Giấy khen', '125/KT'],
      ['Lê Thị Kim Liên', 'Giấy khen', '128/KT'],
    ]);
    const { revision } = await latestDecision(core, decision);
    const third = await call(core, 'decisions.assign', {
      decisionId: decision.id,
      revision,
      nomineeIds: ids,
    });
    expect(third).toEqual(again);
    // Nothing new was given, so the decision did not change: the same view may assign again.
    expect((await latestDecision(core, decision)).revision).toBe(revision);
    const registers = await call(core, 'registers.list', {});
    expect(registers[0]?.nextNumber).toBe(129);
  });

  it('leaves awards unnumbered when the decision has no register', async () => {
    const { core, ids, decision } = await setUp(false);
    const awards = await assign(core, decision, ids);
    expect(awards.map((a) => a.registerNumber)).toEqual(['', '', '', '']);
    expect(awards.map((a) => a.fullName)).toEqual([
      'Phạm Văn Hải',
      'Chi bộ Khối dân',
      'Đinh Thị Thơm',
      'Lê Thị Kim Liên',
    ]);
  });

  async function expectRefused(core: Core, decisionId: number, nomineeIds: number[], ...names: string[]) {
    const error = await callError(core, 'decisions.assign', { decisionId, revision: 1, nomineeIds });
    expect(error.code).toBe('VALIDATION');
    for (const name of names) expect(error.message).toContain(name);
    expect(await call(core, 'decisions.awards', { id: decisionId })).toEqual([]);
    const registers = await call(core, 'registers.list', {});
    expect(registers.map((r) => r.nextNumber)).toEqual([125]);
    return error.message;
  }

  it('refuses nominees not approved or without a form, naming them, and writes nothing', async () => {
    const { core, ids, decision } = await setUp();
    const [proposed, formless, rejected] = await addNominees(core, decision.conferenceId, [
      { fullName: 'Ngô Hồng Thơm', form: 'Giấy khen', status: 'de_nghi' },
      { fullName: 'Nguyễn Văn Mến', status: 'duoc_duyet' },
      { fullName: 'Đặng Diên', form: 'Giấy khen', status: 'khong_duoc_duyet' },
    ]);
    const message = await expectRefused(
      core,
      decision.id,
      [...ids, proposed as number, formless as number, rejected as number],
      'Ngô Hồng Thơm (chưa được duyệt)',
      'Nguyễn Văn Mến (chưa có hình thức khen thưởng)',
      'Đặng Diên (chưa được duyệt)',
    );
    expect(message).not.toContain('Phạm Văn Hải');
  });

  it('refuses deleted nominees, those of another conference and unknown ids', async () => {
    const { core, ids, decision } = await setUp();
    const other = await seedConference(core, 'Hội nghị khác');
    await call(core, 'nominees.delete', { items: await nomineeItems(core, [ids[1] as number]) });
    await expectRefused(
      core,
      decision.id,
      [...ids, other.ids[0] as number, 99_999],
      'Phạm Văn Hải (đã bị xóa)',
      'Đinh Thị Thơm (thuộc hội nghị khác)',
      '#99999 (không tồn tại)',
    );
  });

  it('answers NOT_FOUND for a missing decision, conference or register', async () => {
    const { core, ids, conference } = await setUp();
    expect(
      (await callError(core, 'decisions.assign', { decisionId: 999, revision: 1, nomineeIds: ids })).code,
    ).toBe('NOT_FOUND');
    expect((await callError(core, 'decisions.awards', { id: 999 })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'decisions.delete', { id: 999, revision: 1 })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'decisions.list', { conferenceId: 999 })).code).toBe('NOT_FOUND');
    const base = { number: '1-QĐ', date: '2021-05-19', registerId: null };
    expect((await callError(core, 'decisions.create', { conferenceId: 999, ...base })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await callError(core, 'decisions.create', { conferenceId: conference.id, ...base, registerId: 999 }))
        .code,
    ).toBe('NOT_FOUND');
    expect((await callError(core, 'decisions.update', { id: 999, revision: 1, ...base })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callError(core, 'registers.update', { id: 999, revision: 1, name: 'Sổ' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses awards given from a view of the decision older than awards given in another window', async () => {
    const { core, ids, decision } = await setUp();
    // Two windows show the decision with no awards; the first awards Phạm Văn Hải.
    const seen = await latestDecision(core, decision);
    await assign(core, decision, [ids[1] as number]);
    const error = await callError(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: seen.revision,
      nomineeIds: ids,
    });
    expect(error).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect(summary(await call(core, 'decisions.awards', { id: decision.id }))).toEqual([
      ['Phạm Văn Hải', 'Bằng khen', '125/KT'],
    ]);
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(126);

    // Reloaded, the second window sees the award given and numbers the others after it.
    const reloaded = await latestDecision(core, decision);
    expect(reloaded.awardCount).toBe(1);
    const awards = await call(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: reloaded.revision,
      nomineeIds: ids,
    });
    expect(summary(awards)).toEqual([
      ['Phạm Văn Hải', 'Bằng khen', '125/KT'],
      ['Chi bộ Khối dân', 'Bằng khen', '126/KT'],
      ['Đinh Thị Thơm', 'Giấy khen', '127/KT'],
      ['Lê Thị Kim Liên', 'Giấy khen', '128/KT'],
    ]);
  });

  it('counts prints from the print records', async () => {
    const { core, ids, decision } = await setUp();
    const awards = await assign(core, decision, ids);
    const award = awards[2];
    if (!award) throw new Error('no award');
    for (const printedAt of ['2021-05-20T08:00:00.000Z', '2021-05-21T09:30:00.000Z']) {
      await queryRows(
        core.context.store,
        sql`insert into certificate_prints (award_id, template_id, template_version, job_id, printed_at)
          values (${award.id}, 1, 1, 'job-00000001', ${printedAt})`,
      );
    }
    const after = await call(core, 'decisions.awards', { id: decision.id });
    expect(after.find((a) => a.id === award.id)).toMatchObject({
      printCount: 2,
      lastPrintedAt: '2021-05-21T09:30:00.000Z',
    });
    expect(after.filter((a) => a.id !== award.id).every((a) => a.printCount === 0)).toBe(true);
  });
});
