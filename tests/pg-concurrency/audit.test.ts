import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { call, conferenceInput } from '../helpers';
import { useCluster } from './cluster';

const WRITERS = 20;

const decision = (conferenceId: number, number: string) => ({
  conferenceId,
  number,
  date: '2021-05-19',
  issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  signerCapacity: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'BÍ THƯ',
  signerName: 'Nguyễn Văn Khánh',
  placeName: 'Kỳ Anh',
  registerId: null,
});

/** What the server answers to a statement run straight on it, bypassing the app. */
async function serverAnswer(url: string, statement: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
    return 'done';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end();
  }
}

describe('the audit log with several server processes writing', () => {
  const cluster = useCluster();

  it('gets one row per change from every process, and refuses to change or remove any', async () => {
    const cores = await cluster.open(4);
    const [a, b] = cores;
    const conference = await call(a, 'conferences.create', conferenceInput({ startsAt: '2021-05-19' }));
    const answers = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        (cores[i % cores.length] as Core).dispatch(
          'decisions.create',
          decision(conference.id, `${i + 1}-QĐ/ThU`),
        ),
      ),
    );
    expect(answers.filter((answer) => !answer.ok)).toEqual([]);

    const page = await call(b, 'audit.list', {
      conferenceId: conference.id,
      entity: 'decision',
      pageSize: 200,
    });
    expect(page.entries.filter((e) => e.action === 'create')).toHaveLength(WRITERS);
    expect(new Set(page.entries.map((e) => e.id)).size).toBe(page.entries.length);

    const url = cluster.url();
    const before = await a.context.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(await serverAnswer(url, "update audit_log set detail = 'sửa lén'")).toContain('append-only');
    expect(
      await serverAnswer(url, 'delete from audit_log where id = (select min(id) from audit_log)'),
    ).toContain('append-only');
    expect(await serverAnswer(url, 'truncate audit_log')).toContain('append-only');
    const after = await a.context.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(after).toEqual(before);
  });

  it('one decision number typed at several desks at once is recorded once, the others told why', async () => {
    const cores = await cluster.open(4);
    const [a] = cores;
    const conference = await call(a, 'conferences.create', conferenceInput({ startsAt: '2021-05-19' }));
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (cores[i % cores.length] as Core).dispatch('decisions.create', decision(conference.id, '123-QĐ/ThU')),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers) {
      if (!answer.ok) {
        expect(answer.error.code).toBe('CONFLICT');
        expect(answer.error.message).toContain('Đã có quyết định số 123-QĐ/ThU');
      }
    }
    expect(await call(a, 'decisions.list', { conferenceId: conference.id })).toHaveLength(1);
  });
});
