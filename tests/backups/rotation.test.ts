import { describe, expect, it } from 'vitest';
import { chooseBackupsToKeep, type BackupEntry } from '../../src/main/backups/rotation';
import type { BackupReason } from '../../src/shared/backups';

// Local-calendar dates, so the per-day rule is checked in whatever time zone the tests run.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const NOW = at(30, 12);

function entry(name: string, createdAt: Date, reason: BackupReason = 'dinh-ky'): BackupEntry {
  return { name, reason, createdAt };
}

/** `count` copies, one an hour going back from `start`, named h0 (newest) … */
function hourly(count: number, start: Date, reason: BackupReason = 'dinh-ky'): BackupEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry(`h${i}`, new Date(start.getTime() - i * 3_600_000), reason),
  );
}

describe('chooseBackupsToKeep', () => {
  const cases: {
    title: string;
    list: BackupEntry[];
    policy?: { keepLast: number; keepDays: number };
    kept: string[];
  }[] = [
    { title: 'nothing to keep in an empty folder', list: [], kept: [] },
    {
      title: 'exactly keepLast copies of one day are all kept',
      list: hourly(3, at(30, 11)),
      policy: { keepLast: 3, keepDays: 30 },
      kept: ['h0', 'h1', 'h2'],
    },
    {
      title: 'one more than keepLast on one day drops the oldest',
      list: hourly(4, at(30, 11)),
      policy: { keepLast: 3, keepDays: 30 },
      kept: ['h0', 'h1', 'h2'],
    },
    {
      title: 'past keepLast, the newest copy of each older day stays',
      list: [
        entry('today-2', at(30, 11)),
        entry('today-1', at(30, 10)),
        entry('yesterday-late', at(29, 23, 59)),
        entry('yesterday-early', at(29, 8)),
        entry('week-ago', at(23, 9)),
      ],
      policy: { keepLast: 2, keepDays: 30 },
      kept: ['today-2', 'today-1', 'yesterday-late', 'week-ago'],
    },
    {
      title: 'day 29 back is inside a 30-day window, day 30 back is outside',
      list: [
        entry('new', at(30, 11)),
        entry('29-days', at(1, 9)),
        entry('30-days', new Date(2026, 9, 31, 9)),
      ],
      policy: { keepLast: 1, keepDays: 30 },
      kept: ['new', '29-days'],
    },
    {
      title: 'a copy just after midnight starts a new day',
      list: [entry('a', at(30, 0, 1)), entry('b', at(29, 23, 59)), entry('c', at(29, 23, 58))],
      policy: { keepLast: 0, keepDays: 2 },
      kept: ['a', 'b'],
    },
    {
      title: 'the newest pre-restore copy is kept even when old, older ones are not',
      list: [
        ...hourly(3, at(30, 11)),
        entry('undo-new', at(2, 9), 'truoc-khoi-phuc'),
        entry('undo-old', at(2, 8), 'truoc-khoi-phuc'),
        entry('undo-ancient', new Date(2026, 5, 1), 'truoc-khoi-phuc'),
      ],
      policy: { keepLast: 3, keepDays: 1 },
      kept: ['h0', 'h1', 'h2', 'undo-new'],
    },
    {
      title: 'the given order does not matter',
      list: [entry('old', at(10, 9)), entry('new', at(30, 9)), entry('mid', at(20, 9))],
      policy: { keepLast: 2, keepDays: 0 },
      kept: ['new', 'mid'],
    },
  ];

  it.each(cases)('$title', ({ list, policy, kept }) => {
    expect([...chooseBackupsToKeep(list, NOW, policy)].sort()).toEqual([...kept].sort());
  });

  it('by default keeps the last 20 and one a day for 30 days', () => {
    // 48 copies a day (every 30 minutes) for 40 days.
    const list = Array.from({ length: 48 * 40 }, (_, i) =>
      entry(`c${i}`, new Date(at(30, 11, 30).getTime() - i * 30 * 60_000)),
    );
    const kept = chooseBackupsToKeep(list, NOW);
    const days = new Set(
      [...kept].map((name) => list.find((e) => e.name === name)?.createdAt.toDateString()),
    );
    // 20 newest (all today) + one for each of the 29 earlier days in the window.
    expect(kept.size).toBe(20 + 29);
    expect(days.size).toBe(30);
  });
});
