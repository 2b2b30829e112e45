import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/shared/api/events';
import type { Core } from '../../src/main/app/create-core';
import { LISTENER_NAME, openNotifier } from '../../src/main/db/notify';
import { call, conferenceInput } from '../helpers';
import { useCluster } from './cluster';

/** Everything `core` hears from now on. */
function heard(core: Core): AppEvent[] {
  const events: AppEvent[] = [];
  core.events.subscribe((event) => events.push(event));
  return events;
}

describe('events between server processes on one database', () => {
  const cluster = useCluster();

  it('a change through one core is announced on the other, and once on its own', async () => {
    const [a, b] = await cluster.open(2);
    const onA = heard(a);
    const onB = heard(b);
    const conference = await call(a, 'conferences.create', conferenceInput());
    const created: AppEvent = { type: 'conferences.changed', id: conference.id };
    await vi.waitFor(() => expect(onB).toContainEqual(created), { timeout: 5_000 });
    await call(a, 'delegates.create', { conferenceId: conference.id, fullName: 'Nguyễn Văn A' });
    const added: AppEvent = { type: 'delegates.changed', conferenceId: conference.id };
    await vi.waitFor(() => expect(onB).toContainEqual(added), { timeout: 5_000 });
    // What A sent came back to its own listener too; it must not be heard a second time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onA.filter((e) => e.type === 'conferences.changed')).toEqual([created]);
    expect(onA.filter((e) => e.type === 'delegates.changed')).toEqual([added]);
    expect(onB.filter((e) => e.type === 'conferences.changed')).toEqual([created]);
  });

  it('every other core hears it, in the order it was emitted', async () => {
    const [a, b, c] = await cluster.open(3);
    const onA = heard(a);
    const onB = heard(b);
    const onC = heard(c);
    const conference = await call(a, 'conferences.create', conferenceInput());
    for (let i = 0; i < 5; i++) {
      await call(a, 'delegates.create', { conferenceId: conference.id, fullName: `Đại biểu ${i}` });
    }
    const last: AppEvent = { type: 'templates.changed' };
    a.events.emit(last);
    await vi.waitFor(() => expect(onB.at(-1)).toEqual(last), { timeout: 5_000 });
    await vi.waitFor(() => expect(onC.at(-1)).toEqual(last), { timeout: 5_000 });
    expect(onA.filter((e) => e.type === 'delegates.changed')).toHaveLength(5);
    expect(onB).toEqual(onA);
    expect(onC).toEqual(onA);
  });

  it('an event too long for NOTIFY is kept to this process, and later ones still go', async () => {
    const [a, b] = await cluster.open(2);
    const onB = heard(b);
    a.events.emit({
      type: 'job.progress',
      jobId: 'x'.repeat(9_000),
      label: 'jobs.print',
      done: 0,
      total: 1,
      finished: false,
    });
    a.events.emit({ type: 'templates.changed' });
    await vi.waitFor(() => expect(onB).toEqual([{ type: 'templates.changed' }]), { timeout: 5_000 });
  });

  it('a closed core no longer hears the others', async () => {
    const [a, b] = await cluster.open(2);
    const onB = heard(b);
    await b.close();
    await call(a, 'conferences.create', conferenceInput());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onB).toEqual([]);
  });

  it('a dropped listening connection is opened again, and caches are told they may be stale', async () => {
    const [a, b] = await cluster.open(2);
    const onB = heard(b);
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    try {
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()',
        [LISTENER_NAME],
      );
      expect(ended.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await vi.waitFor(() => expect(onB).toContainEqual({ type: 'conferences.changed', id: null }), {
      timeout: 5_000,
    });
    const conference = await call(a, 'conferences.create', conferenceInput());
    await vi.waitFor(() => expect(onB).toContainEqual({ type: 'conferences.changed', id: conference.id }), {
      timeout: 5_000,
    });
  });

  it('a server that refuses the listening connection is reported plainly', async () => {
    const [a] = await cluster.open(1);
    const wrong = new URL(cluster.url());
    wrong.pathname = '/khong_co_co_so_du_lieu_nay';
    const refused = await openNotifier(wrong.toString(), a.context.store.db).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'DB_UNREACHABLE' });
    expect((refused as Error).message).toContain('khong_co_co_so_du_lieu_nay');
    // The password stays out of what is shown.
    expect((refused as Error).message).not.toContain(new URL(cluster.url()).password || '\u0000');
  });
});
