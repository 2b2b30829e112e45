import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { seedDelegates } from '../delegates/seed';
import { call } from '../helpers';
import { useCluster } from './cluster';

const DESKS = 10;

describe('delegates on several server processes', () => {
  const cluster = useCluster();

  it('one card scanned at 10 desks at once: one check-in, 9 plain "đã điểm danh"', async () => {
    const cores = await cluster.open(5);
    const { conference, delegates } = await seedDelegates(cores[0]);
    for (const delegate of delegates.filter((d) => d.badge !== '')) {
      const answers = await Promise.all(
        Array.from({ length: DESKS }, (_, desk) =>
          (cores[desk % cores.length] as Core).dispatch('delegates.checkIn', {
            conferenceId: conference.id,
            badge: delegate.badge,
          }),
        ),
      );
      const done = answers.filter((answer) => answer.ok);
      const refused = answers.flatMap((answer) => (answer.ok ? [] : [answer.error]));
      expect(done).toHaveLength(1);
      expect(refused).toHaveLength(DESKS - 1);
      for (const error of refused) {
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain('đã điểm danh lúc');
      }
    }
    const attendance = await call(cores[1], 'delegates.attendance', { conferenceId: conference.id });
    expect(attendance.present).toBe(delegates.filter((d) => d.badge !== '').length);
  });

  it('taking a check-in back at several desks at once takes it back once', async () => {
    const cores = await cluster.open(4);
    const { conference, delegates } = await seedDelegates(cores[0]);
    const [first] = delegates;
    if (!first) throw new Error('no delegate');
    await call(cores[0], 'delegates.checkIn', { conferenceId: conference.id, id: first.id });
    const answers = await Promise.all(
      cores
        .flatMap((core) => [core, core])
        .map((core) => core.dispatch('delegates.undoCheckIn', { id: first.id })),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers) {
      if (!answer.ok) expect(answer.error.code).toBe('CONFLICT');
    }
  });

  it('a delegate added or checked in through one process is found by a search on another', async () => {
    const [a, b] = await cluster.open(2);
    const { conference } = await seedDelegates(a);
    const search = (core: Core, query: string) =>
      call(core, 'delegates.search', { conferenceId: conference.id, query, limit: 20 });
    // B keeps the conference's texts from this first search on.
    expect((await search(b, 'hoa')).items.map((d) => d.fullName)).not.toContain('Hoàng Thị Hoa');
    const added = await call(a, 'delegates.create', {
      conferenceId: conference.id,
      fullName: 'Hoàng Thị Hoa',
      badge: '0777',
    });
    await vi.waitFor(
      async () => expect((await search(b, 'hoang thi hoa')).items.map((d) => d.id)).toEqual([added.id]),
      { timeout: 5_000 },
    );
    await call(a, 'delegates.checkIn', { conferenceId: conference.id, badge: '0777' });
    await vi.waitFor(
      async () => {
        const found = await search(b, '0777');
        expect(found.badgeMatchId).toBe(added.id);
        expect(found.items[0]?.checkedInAt).not.toBeNull();
      },
      { timeout: 5_000 },
    );
    // Renamed on A: B finds the new name and not the old one.
    const renamed = await call(a, 'delegates.update', {
      ...(await call(a, 'delegates.get', { id: added.id })),
      fullName: 'Hoàng Thị Hoà Bình',
    });
    expect(renamed.fullName).toBe('Hoàng Thị Hoà Bình');
    await vi.waitFor(
      async () => expect((await search(b, 'hoa binh')).items.map((d) => d.id)).toEqual([added.id]),
      { timeout: 5_000 },
    );
  });
});
