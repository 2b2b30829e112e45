import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { assign, createDecision, createRegister, latestDecision, seedConference } from './seed';
import { sql } from 'kysely';
import { failWrites, queryRows, queryValue } from '../db-access';
import { STALE_RECORD } from '../../src/main/db/revision';

describe('registers and numbering', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp() {
    const core = await openCore({ dataDir: dir() });
    const seeded = await seedConference(core);
    const register = await createRegister(core);
    return { core, ...seeded, register };
  }

  it('creates a register with its pattern and refuses to lower its next number', async () => {
    const { core, register } = await setUp();
    expect(register).toMatchObject({
      name: 'Sổ vàng 2021',
      prefix: '',
      suffix: '/KT',
      padding: 0,
      nextNumber: 125,
    });
    const raised = await call(core, 'registers.update', {
      ...register,
      name: 'Sổ vàng Thị ủy',
      nextNumber: 200,
    });
    expect(raised).toMatchObject({ name: 'Sổ vàng Thị ủy', nextNumber: 200 });
    const error = await callError(core, 'registers.update', { ...raised, nextNumber: 150 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('không thể giảm từ 200 xuống 150');
    expect(await call(core, 'registers.list', {})).toEqual([raised]);
  });

  it('refuses an edit of a register whose counter moved on since it was read, then the fresh one', async () => {
    const { core, conference, ids, register } = await setUp();
    // A window opens the register at 125; meanwhile awards are numbered 125–128 elsewhere.
    const decision = await createDecision(core, conference.id, register.id);
    await assign(core, decision, ids);
    const stale = await callError(core, 'registers.update', { ...register, name: 'Sổ vàng Thị ủy' });
    expect(stale).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    const [latest] = await call(core, 'registers.list', {});
    expect(latest).toMatchObject({ name: 'Sổ vàng 2021', nextNumber: 129 });
    if (!latest) throw new Error('no register');
    expect(latest.revision).toBeGreaterThan(register.revision);

    // Reloaded, the rename goes through; the next number typed before still may not go back.
    const lowered = await callError(core, 'registers.update', {
      ...latest,
      name: 'Sổ vàng Thị ủy',
      nextNumber: 125,
    });
    expect(lowered.message).toContain('không thể giảm từ 129 xuống 125');
    const renamed = await call(core, 'registers.update', { ...latest, name: 'Sổ vàng Thị ủy' });
    expect(renamed).toMatchObject({ name: 'Sổ vàng Thị ủy', nextNumber: 129 });
  });

  it('never gives a number twice, across deleting a decision and assigning again', async () => {
    const { core, conference, ids, register } = await setUp();
    const first = await createDecision(core, conference.id, register.id);
    const given = await assign(core, first, ids);
    expect(given.map((a) => a.registerNumber)).toEqual(['125/KT', '126/KT', '127/KT', '128/KT']);
    const { revision } = await latestDecision(core, first);
    expect(await call(core, 'decisions.delete', { id: first.id, revision })).toEqual({ deleted: 1 });
    expect(await call(core, 'decisions.list', { conferenceId: conference.id })).toEqual([]);

    const second = await createDecision(core, conference.id, register.id);
    const again = await assign(core, second, ids);
    expect(again.map((a) => a.registerNumber)).toEqual(['129/KT', '130/KT', '131/KT', '132/KT']);
    // A second decision in another conference draws from the same register.
    const other = await seedConference(core, 'Hội nghị biểu dương năm 2021');
    const third = await createDecision(core, other.conference.id, register.id);
    const more = await assign(core, third, other.ids.slice(0, 2));
    expect(more.map((a) => a.registerNumber)).toEqual(['133/KT', '134/KT']);
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(135);
  });

  it('numbers only the awards without a number when the decision changes register', async () => {
    const { core, conference, ids, register } = await setUp();
    const decision = await createDecision(core, conference.id, null);
    await assign(core, decision, ids.slice(0, 2));
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      awardCount: _n,
      conferenceId: _k,
      ...fields
    } = await latestDecision(core, decision);
    const updated = await call(core, 'decisions.update', {
      id: decision.id,
      ...fields,
      registerId: register.id,
    });
    expect(updated.registerId).toBe(register.id);
    // Phạm Văn Hải (Bằng khen) first, then Đinh Thị Thơm (Giấy khen).
    expect((await call(core, 'decisions.awards', { id: decision.id })).map((a) => a.registerNumber)).toEqual([
      '125/KT',
      '126/KT',
    ]);

    const padded = await call(core, 'registers.create', {
      name: 'Sổ bằng khen',
      prefix: 'BK-',
      padding: 4,
      nextNumber: 7,
    });
    await call(core, 'decisions.update', {
      id: decision.id,
      ...fields,
      revision: updated.revision,
      registerId: padded.id,
    });
    const awards = await assign(core, decision, ids);
    expect(awards.map((a) => [a.fullName, a.registerNumber])).toEqual([
      ['Phạm Văn Hải', '125/KT'],
      ['Chi bộ Khối dân', 'BK-0007'],
      ['Đinh Thị Thơm', '126/KT'],
      ['Lê Thị Kim Liên', 'BK-0008'],
    ]);
    const registers = await call(core, 'registers.list', {});
    expect(registers.map((r) => [r.name, r.nextNumber])).toEqual([
      ['Sổ bằng khen', 9],
      ['Sổ vàng 2021', 127],
    ]);
  });

  it('numbers nothing and leaves the counter when the write fails half-way', async () => {
    const { core, conference, ids, register } = await setUp();
    const decision = await createDecision(core, conference.id, register.id);
    // The awards and their numbers are written before the counter moves: a failure there (a
    // crash, a full disk) must take the numbered awards back with it.
    const restore = await failWrites(core.context.store, 'registers', 'injected failure', {
      on: 'update',
      of: 'next_number',
    });
    const error = await callError(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: decision.revision,
      nomineeIds: ids,
    });
    expect(error.code).toBe('INTERNAL');
    expect(await call(core, 'decisions.awards', { id: decision.id })).toEqual([]);
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(125);
    expect(Number(await queryValue(core.context.store, sql`select count(*) from decision_awards`))).toBe(0);

    await restore();
    // The failed write took its claim back too: the same view of the decision may try again.
    const awards = await call(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: decision.revision,
      nomineeIds: ids,
    });
    expect(awards.map((a) => a.registerNumber)).toEqual(['125/KT', '126/KT', '127/KT', '128/KT']);
  });

  it('numbers nothing when renumbering on a register change fails half-way', async () => {
    const { core, conference, ids, register } = await setUp();
    const decision = await createDecision(core, conference.id, null);
    await assign(core, decision, ids);
    await failWrites(core.context.store, 'decision_awards', 'injected failure', {
      on: 'update',
      when: 'new.register_seq = 126',
    });
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      awardCount: _n,
      conferenceId: _k,
      ...fields
    } = await latestDecision(core, decision);
    const error = await callError(core, 'decisions.update', {
      id: decision.id,
      ...fields,
      registerId: register.id,
    });
    expect(error.code).toBe('INTERNAL');
    const awards = await call(core, 'decisions.awards', { id: decision.id });
    expect(awards.map((a) => a.registerNumber)).toEqual(['', '', '', '']);
    expect((await call(core, 'decisions.list', { conferenceId: conference.id }))[0]?.registerId).toBeNull();
    expect((await call(core, 'registers.list', {}))[0]?.nextNumber).toBe(125);
  });

  it('audits creation, assignment with the numbers given, and deletion', async () => {
    const { core, conference, ids, register } = await setUp();
    const decision = await createDecision(core, conference.id, register.id);
    await assign(core, decision, ids);
    const { revision } = await latestDecision(core, decision);
    await call(core, 'decisions.delete', { id: decision.id, revision });
    const rows = await queryRows<{ action: string; after: string | null }>(
      core.context.store,
      sql`select action, after from audit_log where entity = 'decision' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'assign', 'delete']);
    expect(JSON.parse(rows[1]?.after ?? 'null')).toMatchObject({
      added: 4,
      numbered: { first: '125/KT', last: '128/KT', nextBefore: 125, nextAfter: 129 },
    });
  });
});
