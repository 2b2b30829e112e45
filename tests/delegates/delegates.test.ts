import { describe, expect, it } from 'vitest';
import { delegateSearchText, foldQuery, looksLikeBadge, normalizeBadge } from '../../src/shared/delegates';
import { call, callError, useCores, useTempDir, writtenBytes } from '../helpers';
import { seedDelegates } from './seed';
import { sql } from 'kysely';
import { queryRows } from '../db-access';

describe('search text rules', () => {
  it.each([
    ['Nguyễn Văn A', 'nguyen van a'],
    ['  ĐINH   thị THƠM ', 'dinh thi thom'],
    ['Nguye\u0302\u0303n', 'nguyen'],
    ['a|b', 'a b'],
    ['', ''],
  ])('folds %j to %j', (typed, folded) => {
    expect(foldQuery(typed)).toBe(folded);
  });

  it.each([
    [' 0123 ', '0123', true],
    ['ab 12', 'AB12', true],
    ['DB-007', 'DB-007', true],
    ['Nguyễn', 'NGUYỄN', false],
    ['van', 'VAN', false],
    ['', '', false],
  ])('badge %j reads as %j (a badge: %s)', (typed, badge, isBadge) => {
    expect(normalizeBadge(typed)).toBe(badge);
    expect(looksLikeBadge(typed)).toBe(isBadge);
  });

  it('keeps fields apart with word starts', () => {
    expect(
      delegateSearchText({
        fullName: 'Đinh Thị Thơm',
        title: 'Chủ tịch',
        unitName: 'Sông Trí',
        badge: '0124',
      }),
    ).toBe(' dinh thi thom | chu tich | song tri | 0124');
  });
});

describe('delegates in the core', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('finds accent-free, by infix, unit and title, the exact badge first', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await seedDelegates(core);
    const search = async (query: string) =>
      (await call(core, 'delegates.search', { conferenceId: conference.id, query })).items.map(
        (d) => d.fullName,
      );
    expect(await search('nguyen van a')).toEqual(['Nguyễn Văn A']);
    expect(await search('dinh thi')).toEqual(['Đinh Thị Thơm']);
    expect(await search('Đinh')).toEqual(['Đinh Thị Thơm']);
    // "đ" is its own letter in Unicode; folded it is "d", so "duc" finds "Đức".
    expect(await search('duc long')).toEqual(['Trần Đức Long']);
    expect(await search('so van hoa')).toEqual(['Trần Đức Long']);
    expect(await search('hieu truong')).toEqual(['Lê Văn An']);
    // Names starting with the text before other matches: "an" starts "An" but is inside "Tân", "Văn"…
    expect((await search('an'))[0]).toBe('Lê Văn An');
    expect(await search('%')).toEqual([]);
    const badge = await call(core, 'delegates.search', { conferenceId: conference.id, query: '0125' });
    expect(badge.items[0]?.fullName).toBe('Trần Đức Long');
    expect(badge.badgeMatchId).toBe(badge.items[0]?.id);
    expect(
      (await call(core, 'delegates.search', { conferenceId: conference.id, query: '012' })).badgeMatchId,
    ).toBeNull();
  });

  it('searches what was just changed: edits, removals, imports and check-ins', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    const search = (query: string) => call(core, 'delegates.search', { conferenceId: conference.id, query });
    const [a, thom] = delegates;
    if (!a || !thom) throw new Error('seed');
    expect((await search('nguyen')).items).toHaveLength(2);
    await call(core, 'delegates.update', {
      id: a.id,
      revision: a.revision,
      fullName: 'Hoàng Văn Bảo',
      badge: '0123',
    });
    expect((await search('nguyen')).items.map((d) => d.fullName)).toEqual(['Lê Văn An']);
    expect((await search('bao')).items.map((d) => d.id)).toEqual([a.id]);
    await call(core, 'delegates.checkIn', { conferenceId: conference.id, id: thom.id });
    // The result carries the check-in, so the desk can say "already in" before Enter.
    expect((await search('thom')).items[0]?.checkedInAt).not.toBeNull();
    await call(core, 'delegates.delete', { items: [{ id: thom.id, revision: thom.revision }] });
    expect((await search('thom')).items).toEqual([]);
    const added = await call(core, 'delegates.create', {
      conferenceId: conference.id,
      fullName: 'Ngô Thị Thơm',
    });
    expect((await search('thom')).items.map((d) => d.id)).toEqual([added.id]);
  });

  it('forgets the searched texts when the whole database is replaced (a restore)', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await seedDelegates(core);
    const search = async (query: string) =>
      (await call(core, 'delegates.search', { conferenceId: conference.id, query })).items.map(
        (d) => d.fullName,
      );
    expect(await search('tuan')).toEqual([]);
    // Written behind the handlers' back, as a restored file would bring it.
    await queryRows(
      core.context.store,
      sql`insert into delegates (conference_id, full_name, search_folded, name_sort, created_at, updated_at)
         values (${conference.id}, 'Phạm Minh Tuấn', ' pham minh tuan |  |  | ', 'x', 'now', 'now')`,
    );
    expect(await search('tuan')).toEqual([]);
    core.context.events.emit({ type: 'database.replaced' });
    expect(await search('tuan')).toEqual(['Phạm Minh Tuấn']);
  });

  it('refuses a badge given to someone else, and a restore that would take it', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    const clash = await callError(core, 'delegates.create', {
      conferenceId: conference.id,
      fullName: 'Phạm Minh Tuấn',
      badge: '0123',
    });
    expect(clash).toMatchObject({
      code: 'CONFLICT',
      message: 'Số thẻ 0123 đã cấp cho Ông Nguyễn Văn A. Hãy chọn số thẻ khác.',
    });
    const a = delegates[0];
    if (!a) throw new Error('seed');
    await call(core, 'delegates.delete', { items: [{ id: a.id, revision: a.revision }] });
    const taken = await call(core, 'delegates.create', {
      conferenceId: conference.id,
      fullName: 'Phạm Minh Tuấn',
      badge: '0123',
    });
    expect((await callError(core, 'delegates.restore', { id: a.id })).code).toBe('CONFLICT');
    await call(core, 'delegates.update', {
      id: taken.id,
      revision: taken.revision,
      fullName: 'Phạm Minh Tuấn',
      badge: '0200',
    });
    expect((await call(core, 'delegates.restore', { id: a.id })).badge).toBe('0123');
  });

  it('lists by filter, presence and sort, with the counts', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    await call(core, 'delegates.checkIn', { conferenceId: conference.id, badge: '0124' });
    const list = (input: Record<string, unknown>) =>
      call(core, 'delegates.list', { conferenceId: conference.id, ...input });
    // By given name: A, An, Long, Thơm.
    expect((await list({})).items.map((d) => d.fullName)).toEqual([
      'Nguyễn Văn A',
      'Lê Văn An',
      'Trần Đức Long',
      'Đinh Thị Thơm',
    ]);
    const present = await list({ presence: 'present' });
    expect(present.items.map((d) => d.badge)).toEqual(['0124']);
    expect(present).toMatchObject({ matching: 1, attendance: { present: 1, total: 4 } });
    expect((await list({ presence: 'absent', group: 'Đại biểu' })).matching).toBe(2);
    expect((await list({ search: 'van' })).matching).toBe(3);
    expect((await list({ sort: 'badge' })).items.map((d) => d.badge)).toEqual(['', '0123', '0124', '0125']);
    const page = await list({ limit: 2, offset: 2 });
    expect(page).toMatchObject({ matching: 4 });
    expect(page.items.map((d) => d.fullName)).toEqual(['Trần Đức Long', 'Đinh Thị Thơm']);
    expect(delegates).toHaveLength(4);
  });

  it('prints the list as a PDF with every delegate', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await seedDelegates(core);
    const file = await call(core, 'delegates.listPdf', { conferenceId: conference.id });
    expect(file.rows).toBe(4);
    expect(file.fileName).toMatch(/^Danh sách đại biểu - .*\.pdf$/);
    expect(writtenBytes(file).subarray(0, 5).toString()).toBe('%PDF-');
    const one = await call(core, 'delegates.listPdf', { conferenceId: conference.id, group: 'Khách mời' });
    expect(one.rows).toBe(1);
    expect(
      (await callError(core, 'delegates.listPdf', { conferenceId: conference.id, group: 'Không có' })).code,
    ).toBe('EMPTY_SELECTION');
  });
});
