import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { ApiResult } from '../../src/shared/api/errors';
import { call, conferenceInput } from '../helpers';
import { useCluster } from './cluster';

const AT_ONCE = 8;

/** The same call from `AT_ONCE` desks spread over the cores, all at once. */
function together(
  cores: Core[],
  method: string,
  input: (i: number) => unknown,
): Promise<ApiResult<unknown>[]> {
  return Promise.all(
    Array.from({ length: AT_ONCE }, (_, i) => (cores[i % cores.length] as Core).dispatch(method, input(i))),
  );
}

const errorsOf = (answers: ApiResult<unknown>[]) => answers.flatMap((a) => (a.ok ? [] : [a.error]));

describe('the same change sent from several server processes at once', () => {
  const cluster = useCluster();

  it('one badge number given at several desks: one delegate gets it, the others are told', async () => {
    const cores = await cluster.open(4);
    const conference = await call(cores[0], 'conferences.create', conferenceInput());
    const answers = await together(cores, 'delegates.create', (i) => ({
      conferenceId: conference.id,
      fullName: `Đại biểu ${i}`,
      badge: '0042',
    }));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const error of errorsOf(answers)) {
      expect(error.code).not.toBe('INTERNAL');
      expect(error.message).toContain('0042');
    }
  });

  it('nominees of one new unit entered at several desks: all written, the unit made once', async () => {
    const cores = await cluster.open(4);
    const conference = await call(cores[0], 'conferences.create', conferenceInput());
    const answers = await together(cores, 'nominees.create', (i) => ({
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: `Người thứ ${i}`,
      unitName: 'Phường Sông Trí',
    }));
    expect(errorsOf(answers)).toEqual([]);
    const units = await cores[1].context.store.db
      .selectFrom('units')
      .select('id')
      .where('name', '=', 'Phường Sông Trí')
      .execute();
    expect(units).toHaveLength(1);
  });

  it('one council member marked present at several desks: marked once, and logged once from absent', async () => {
    const cores = await cluster.open(4);
    const conference = await call(cores[0], 'conferences.create', conferenceInput());
    const council = await call(cores[1], 'council.add', {
      conferenceId: conference.id,
      name: 'Nguyễn Thị Hoà',
      role: 'thanh_vien',
    });
    const member = council.members[0];
    if (!member) throw new Error('the member was not added');
    expect(member.presence).toBe('absent');
    const answers = await together(cores, 'council.setPresence', () => ({
      id: member.id,
      presence: 'present',
    }));
    expect(errorsOf(answers)).toEqual([]);
    const logged = await cores[2].context.store.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'council')
      .where('action', '=', 'presence')
      .execute();
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]?.before ?? '{}')).toMatchObject({ presence: 'absent' });
    expect(JSON.parse(logged[0]?.after ?? '{}')).toMatchObject({ presence: 'present' });
  });

  it('conferences, settings and registers changed at once: every answer is a result or a plain refusal', async () => {
    const cores = await cluster.open(4);
    const created = await together(cores, 'conferences.create', (i) =>
      conferenceInput({ title: `Hội nghị ${i}` }),
    );
    expect(errorsOf(created)).toEqual([]);
    const settings = await together(cores, 'settings.update', (i) => ({ operatorName: `Người trực ${i}` }));
    expect(errorsOf(settings).filter((e) => e.code === 'INTERNAL')).toEqual([]);
    const registers = await together(cores, 'registers.create', (i) => ({
      name: `Sổ vàng ${i % 2}`,
      suffix: '/KT',
      nextNumber: 1,
    }));
    expect(errorsOf(registers).filter((e) => e.code === 'INTERNAL')).toEqual([]);
  });
});
