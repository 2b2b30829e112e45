import { describe, expect, it } from 'vitest';
import {
  agendaItemFields,
  compareItem,
  DEFAULT_START_MINUTE,
  formatClock,
  formatMinutes,
  formatOver,
  formatTimer,
  itemClock,
  planSlots,
  presenterLine,
  programmeStart,
  runState,
  SCHEDULE_TOLERANCE_MINUTES,
  startDelayMinutes,
} from '../../src/shared/agenda';

/** A fake clock: `seconds` after the item began at 08:00:00 UTC on 19 May 2021. */
const STARTED = '2021-05-19T08:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(STARTED) + seconds * 1000);

describe('the programme start', () => {
  it.each([
    ['2021-05-19T07:30', 450, false],
    ['2021-05-19T00:00', 0, false],
    ['2021-05-19T13:45', 825, false],
    ['2021-05-19T23:59', 1439, false],
    ['2021-05-19', DEFAULT_START_MINUTE, true],
    ['not a date', DEFAULT_START_MINUTE, true],
  ])('%s starts at minute %i (assumed: %s)', (startsAt, minute, assumed) => {
    expect(programmeStart(startsAt)).toEqual({ minute, assumed });
  });
});

describe('planned slots', () => {
  it('chains each item after the one before', () => {
    expect(planSlots(450, [15, 30, 5])).toEqual([
      { startMinute: 450, endMinute: 465 },
      { startMinute: 465, endMinute: 495 },
      { startMinute: 495, endMinute: 500 },
    ]);
  });

  it('gives nothing for an empty programme', () => {
    expect(planSlots(450, [])).toEqual([]);
  });

  it('runs past midnight without wrapping back', () => {
    const slots = planSlots(23 * 60 + 30, [20, 20]);
    expect(slots.map((s) => formatClock(s.endMinute))).toEqual(['23:50', '00:10 (+1 ngày)']);
  });
});

describe('formatting', () => {
  it.each([
    [0, '00:00'],
    [450, '07:30'],
    [1439, '23:59'],
    [1440, '00:00 (+1 ngày)'],
    [2 * 1440 + 61, '01:01 (+2 ngày)'],
  ])('clock %i is %s', (minute, text) => expect(formatClock(minute)).toBe(text));

  it.each([
    [1, '1 phút'],
    [59, '59 phút'],
    [60, '1 giờ'],
    [61, '1 giờ 1 phút'],
    [135, '2 giờ 15 phút'],
  ])('duration %i is %s', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));

  it.each([
    [0, '00:00'],
    [59, '00:59'],
    [307, '05:07'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [-1, '-00:01'],
    [-80, '-01:20'],
  ])('timer %i is %s', (seconds, text) => expect(formatTimer(seconds)).toBe(text));

  it.each([
    [0, 'đúng giờ'],
    [3, '+3 phút'],
    [-2, '−2 phút'],
  ])('difference %i is %s', (minutes, text) => expect(formatOver(minutes)).toBe(text));
});

describe('the timer of the current item', () => {
  // 15 minutes: amber for the last 10% = 90 s; 60 minutes: capped at the last 120 s.
  it.each([
    [15, 0, 0, 900, 'ok'],
    [15, 809, 809, 91, 'ok'],
    [15, 810, 810, 90, 'near_end'],
    [15, 899, 899, 1, 'near_end'],
    [15, 900, 900, 0, 'near_end'],
    [15, 901, 901, -1, 'overrun'],
    [15, 1020, 1020, -120, 'overrun'],
    [60, 3479, 3479, 121, 'ok'],
    [60, 3480, 3480, 120, 'near_end'],
    [60, 3601, 3601, -1, 'overrun'],
    [1, 53, 53, 7, 'ok'],
    [1, 54, 54, 6, 'near_end'],
  ])('%i min after %i s: elapsed %i, remaining %i, %s', (duration, seconds, elapsed, remaining, state) => {
    expect(itemClock(duration, STARTED, at(seconds))).toEqual({
      elapsedSeconds: elapsed,
      remainingSeconds: remaining,
      state,
    });
  });

  it('counts whole seconds and never goes below zero elapsed', () => {
    expect(itemClock(15, STARTED, at(1.999)).elapsedSeconds).toBe(1);
    // A clock a little behind the one that recorded the start.
    expect(itemClock(15, STARTED, at(-3))).toEqual({ elapsedSeconds: 0, remainingSeconds: 900, state: 'ok' });
  });
});

describe('planned against actual', () => {
  const item = (durationMinutes: number, start: string | null, end: string | null) => ({
    durationMinutes,
    actualStart: start,
    actualEnd: end,
  });

  it.each([
    [15, 15 * 60, 15, 0],
    [15, 18 * 60, 18, 3],
    [15, 12 * 60 + 29, 12, -3],
    [15, 12 * 60 + 30, 13, -2],
  ])('%i planned, %i s held: %i actual, %i over', (planned, seconds, actual, over) => {
    expect(compareItem(item(planned, STARTED, at(seconds).toISOString()))).toEqual({
      actualMinutes: actual,
      overMinutes: over,
    });
  });

  it('has nothing to compare until the item has ended', () => {
    expect(compareItem(item(15, null, null))).toBeNull();
    expect(compareItem(item(15, STARTED, null))).toBeNull();
  });
});

describe('run state', () => {
  const t = (s: string | null, e: string | null) => ({ actualStart: s, actualEnd: e });
  it.each([
    ['no items', [], 'idle'],
    ['nothing started', [t(null, null), t(null, null)], 'idle'],
    ['one current', [t('a', 'b'), t('b', null), t(null, null)], 'running'],
    ['all ended', [t('a', 'b'), t('b', 'c')], 'finished'],
    ['finished early', [t('a', 'b'), t(null, null)], 'finished'],
  ])('%s: %s', (_name, items, state) => {
    expect(runState(items)).toBe(state);
  });
});

describe('item fields', () => {
  const valid = { title: 'Khai mạc hội nghị', kind: 'khai_mac', durationMinutes: 15 };
  it.each([
    [1, true],
    [15, true],
    [1440, true],
    [0, false],
    [-5, false],
    [2.5, false],
    [1441, false],
    ['15', false],
  ])('duration %s accepted: %s', (durationMinutes, ok) => {
    const result = agendaItemFields.safeParse({ ...valid, durationMinutes });
    expect(result.success).toBe(ok);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('positiveMinutes');
  });

  it('stores the title in NFC and trims it', () => {
    const parsed = agendaItemFields.parse({ ...valid, title: '  Be\u0302\u0301 ma\u0323c  ' });
    expect(parsed.title).toBe('Bế mạc');
  });
});

describe('the start against the programme', () => {
  it.each([
    [7 * 60 + 30, 7 * 60 + 30, 0],
    [7 * 60 + 30, 7 * 60 + 35, 5],
    [7 * 60 + 30, 14 * 60, 390],
    [7 * 60 + 45, 7 * 60 + 30, -15],
    // An item planned for 23:50 that starts at 00:10 is 20 minutes late, not 23 hours early.
    [23 * 60 + 50, 10, 20],
    [24 * 60 + 10, 23 * 60 + 55, -15],
  ])('planned at minute %i, started at %i: %i minutes late', (planned, started, delay) => {
    expect(startDelayMinutes(planned, started)).toBe(delay);
  });

  it('is on time only within the tolerance', () => {
    expect(Math.abs(startDelayMinutes(450, 455))).toBeLessThanOrEqual(SCHEDULE_TOLERANCE_MINUTES);
    expect(Math.abs(startDelayMinutes(450, 456))).toBeGreaterThan(SCHEDULE_TOLERANCE_MINUTES);
  });
});

describe('the presenter line', () => {
  it.each([
    ['Đồng chí Trần Văn Hùng', 'Bí thư Thị ủy', 'Đồng chí Trần Văn Hùng, Bí thư Thị ủy'],
    ['Trần Văn Hùng', '', 'Trần Văn Hùng'],
    ['', 'Bí thư Thị ủy', 'Bí thư Thị ủy'],
    ['  ', ' ', ''],
  ])('%j + %j → %j', (presenter, title, line) => {
    expect(presenterLine(presenter, title)).toBe(line);
  });
});
