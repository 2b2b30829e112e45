import { describe, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import { checkInRefusal, undoRefusal } from '../../src/main/delegates/checkin';
import type { DelegateTable } from '../../src/main/db/schema';
import { call, callError, useCores, useTempDir } from '../helpers';
import { seedDelegates } from './seed';

const row = (overrides: Partial<Selectable<DelegateTable>> = {}): Selectable<DelegateTable> => ({
  id: 7,
  revision: 1,
  conference_id: 1,
  honorific: 'ong',
  full_name: 'Nguyễn Văn A',
  title: '',
  unit_name: '',
  group_name: '',
  seat: '',
  badge: '0123',
  notes: '',
  source_file: '',
  source_row: null,
  search_folded: '',
  name_sort: '',
  checked_in_at: null,
  deleted_at: null,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

// Local time, so the expected clock reads the same in every time zone.
const at0802 = new Date(2024, 0, 5, 8, 2).toISOString();

describe('check-in rules', () => {
  it.each([
    ['a delegate not yet in', row(), { id: 7 }, null, ''],
    [
      'no delegate with that badge',
      undefined,
      { badge: ' 0999 ' },
      'NOT_FOUND',
      'Không có đại biểu nào mang số thẻ 0999.',
    ],
    ['no delegate with that id', undefined, { id: 7 }, 'NOT_FOUND', 'Không tìm thấy đại biểu này'],
    ['a removed delegate', row({ deleted_at: at0802 }), { badge: '0123' }, 'NOT_FOUND', 'số thẻ 0123'],
    ['a delegate of another conference', row({ conference_id: 2 }), { id: 7 }, 'NOT_FOUND', 'Không tìm thấy'],
    [
      'already checked in',
      row({ checked_in_at: at0802 }),
      { id: 7 },
      'CONFLICT',
      'Ông Nguyễn Văn A đã điểm danh lúc 08:02',
    ],
    [
      'already in, no honorific',
      row({ honorific: null, checked_in_at: at0802 }),
      { badge: '0123' },
      'CONFLICT',
      'Nguyễn Văn A đã điểm danh lúc 08:02',
    ],
  ] as const)('%s', (_label, target, by, code, message) => {
    const refusal = checkInRefusal(target, 1, by);
    if (code === null) expect(refusal).toBeNull();
    else {
      expect(refusal?.code).toBe(code);
      expect(refusal?.message).toContain(message);
    }
  });

  it.each([
    ['checked in', row({ checked_in_at: at0802 }), null],
    ['not checked in', row(), 'CONFLICT'],
    ['removed', row({ checked_in_at: at0802, deleted_at: at0802 }), 'NOT_FOUND'],
  ] as const)('undo when %s', (_label, target, code) => {
    expect(undoRefusal(target)?.code ?? null).toBe(code);
  });
});

describe('check-in through the core', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('checks in by badge and by id, refuses twice, and undoes', async () => {
    const core = await openCore({ dataDir: dir(), now: () => new Date(2024, 0, 5, 8, 2) });
    const { conference, delegates } = await seedDelegates(core);
    const events: string[] = [];
    core.context.events.subscribe((e) => events.push(e.type));

    const byBadge = await call(core, 'delegates.checkIn', { conferenceId: conference.id, badge: ' 0123' });
    expect(byBadge.delegate.fullName).toBe('Nguyễn Văn A');
    expect(byBadge.delegate.checkedInAt).not.toBeNull();
    expect(byBadge.attendance).toMatchObject({ present: 1, total: 4 });

    const thom = delegates[1];
    if (!thom) throw new Error('seed');
    const byId = await call(core, 'delegates.checkIn', { conferenceId: conference.id, id: thom.id });
    expect(byId.attendance.present).toBe(2);
    expect(events.filter((t) => t === 'delegates.changed')).toHaveLength(2);

    const twice = await callError(core, 'delegates.checkIn', { conferenceId: conference.id, badge: '0123' });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toBe('Ông Nguyễn Văn A đã điểm danh lúc 08:02; không ghi lại lần nữa.');

    const unknown = await callError(core, 'delegates.checkIn', {
      conferenceId: conference.id,
      badge: '9999',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'Không có đại biểu nào mang số thẻ 9999.' });
    // Refusals changed nothing and told no window to refresh.
    expect(await call(core, 'delegates.attendance', { conferenceId: conference.id })).toMatchObject({
      present: 2,
      total: 4,
    });
    expect(events).toHaveLength(2);

    const undone = await call(core, 'delegates.undoCheckIn', { id: thom.id });
    expect(undone.delegate.checkedInAt).toBeNull();
    expect(undone.attendance.present).toBe(1);
    expect((await callError(core, 'delegates.undoCheckIn', { id: thom.id })).code).toBe('CONFLICT');
    // Absent again, so the desk can check her in once more.
    expect(
      (await call(core, 'delegates.checkIn', { conferenceId: conference.id, id: thom.id })).attendance
        .present,
    ).toBe(2);
  });

  it('does not check in a removed delegate, and a badge belongs to one conference', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    const long = delegates[2];
    if (!long) throw new Error('seed');
    await call(core, 'delegates.delete', { items: [{ id: long.id, revision: long.revision }] });
    const removed = await callError(core, 'delegates.checkIn', {
      conferenceId: conference.id,
      badge: '0125',
    });
    expect(removed.code).toBe('NOT_FOUND');
    expect(
      (await callError(core, 'delegates.checkIn', { conferenceId: conference.id, id: long.id })).code,
    ).toBe('NOT_FOUND');
    const other = await seedDelegates(core);
    const wrong = await callError(core, 'delegates.checkIn', {
      conferenceId: other.conference.id,
      id: long.id,
    });
    expect(wrong.code).toBe('NOT_FOUND');
    // Restored, the delegate can be checked in again by the same badge.
    await call(core, 'delegates.restore', { id: long.id });
    const back = await call(core, 'delegates.checkIn', { conferenceId: conference.id, badge: '0125' });
    expect(back.delegate.id).toBe(long.id);
  });

  it('counts attendance by group', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    for (const d of delegates.slice(0, 2))
      await call(core, 'delegates.checkIn', { conferenceId: conference.id, id: d.id });
    const attendance = await call(core, 'delegates.attendance', { conferenceId: conference.id });
    expect(attendance).toEqual({
      present: 2,
      total: 4,
      groups: [
        { group: 'Đại biểu', present: 1, total: 3 },
        { group: 'Khách mời', present: 1, total: 1 },
      ],
    });
  });
});
