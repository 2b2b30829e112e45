import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { AppEvent } from '../../src/shared/api/events';
import type { ConferenceInput } from '../../src/shared/conferences';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { call, callError, conferenceInput, useCores, useTempDir } from '../helpers';
import { sql } from 'kysely';
import { queryValue } from '../db-access';
import { STALE_RECORD } from '../../src/main/db/revision';

describe('conferences', () => {
  const dir = useTempDir();
  const openCore = useCores();
  // A fixed clock, so timestamps can be asserted.
  const now = () => new Date('2024-03-01T08:00:00.000Z');
  const newCore = () => openCore({ dataDir: dir(), now });

  const create = (core: Core, overrides: Partial<ConferenceInput>) =>
    call(core, 'conferences.create', conferenceInput(overrides));
  const titles = async (core: Core, search = '', includeArchived = false) =>
    (await call(core, 'conferences.list', { search, includeArchived })).map((c) => c.title);

  it('stores text normalised: NFC, spaces collapsed, trimmed, notes keep their lines', async () => {
    const core = await newCore();
    const created = await create(core, {
      title: '  Hội   nghị\tsơ kết  '.normalize('NFD'),
      organiser: ' Ban Thường vụ\u0007 Thị ủy Kỳ Anh '.normalize('NFD'),
      notes: '  Dòng một   \r\nDòng hai\r\n\r\n\r\n\r\nDòng ba  \n\n',
    });
    expect(created.title).toBe('Hội nghị sơ kết');
    expect(created.title).toBe(created.title.normalize('NFC'));
    expect(created.title.length).toBe('Hội nghị sơ kết'.normalize('NFC').length);
    expect(created.organiser).toBe('Ban Thường vụ Thị ủy Kỳ Anh');
    expect(created.notes).toBe('Dòng một\nDòng hai\n\nDòng ba');
    expect(created).toMatchObject({ createdAt: now().toISOString(), updatedAt: now().toISOString() });

    const stored = await queryValue(core.context.store, sql`select title from conferences`);
    expect(stored).toBe('Hội nghị sơ kết'.normalize('NFC'));
  });

  it('lists newest first by start, then by id', async () => {
    const core = await newCore();
    await create(core, { title: 'A 2021', startsAt: '2021-05-19' });
    await create(core, { title: 'B 2023', startsAt: '2023-01-10' });
    await create(core, { title: 'C 2021 same day, later id', startsAt: '2021-05-19' });
    await create(core, { title: 'D 2021 afternoon', startsAt: '2021-05-19T14:00' });
    await create(core, { title: 'E 2019', startsAt: '2019-12-31T23:59' });
    expect(await titles(core)).toEqual([
      'B 2023',
      'D 2021 afternoon',
      'C 2021 same day, later id',
      'A 2021',
      'E 2019',
    ]);
  });

  it.each([
    ['hoi nghi so ket', ['Hội nghị sơ kết 5 năm']],
    ['HỘI NGHỊ', ['Hội nghị tổng kết', 'Hội nghị sơ kết 5 năm']],
    ['  so   ket ', ['Hội nghị sơ kết 5 năm']],
    ['dai hoi doan', ['Đại hội Đoàn']],
    ['đại', ['Đại hội Đoàn']],
    ['Đoàn'.normalize('NFD'), ['Đại hội Đoàn']],
    ['tong ket', ['Hội nghị tổng kết']],
    // Words in any order and not next to each other.
    ['so ket 5 nam hoi nghi', ['Hội nghị sơ kết 5 năm']],
    ['nghi nam', ['Hội nghị sơ kết 5 năm']],
    ['so ket doan', []],
    ['50%', ['Tăng 50% sản lượng']],
    ['a_b', ['Mã a_b']],
    ['\\', []],
    ['không có', []],
  ])(
    'search %j finds %j, ignoring accents, with percent and underscore literal',
    async (search, expected) => {
      const core = await newCore();
      await create(core, { title: 'Hội nghị sơ kết 5 năm', startsAt: '2021-05-19' });
      await create(core, { title: 'Hội nghị tổng kết', startsAt: '2023-12-20' });
      await create(core, { title: 'Đại hội Đoàn', startsAt: '2022-03-26' });
      await create(core, { title: 'Tăng 50% sản lượng', startsAt: '2020-01-01' });
      await create(core, { title: 'Tăng 500 sản lượng', startsAt: '2020-01-02' });
      await create(core, { title: 'Mã a_b', startsAt: '2020-01-03' });
      await create(core, { title: 'Mã axb', startsAt: '2020-01-04' });
      expect(await titles(core, search)).toEqual(expected);
    },
  );

  it('archives out of the default list and restores back into it', async () => {
    const core = await newCore();
    const kept = await create(core, { title: 'Giữ lại', startsAt: '2021-01-01' });
    const old = await create(core, { title: 'Lưu trữ', startsAt: '2022-01-01' });

    const archived = await call(core, 'conferences.archive', { id: old.id, revision: old.revision });
    expect(archived.archivedAt).toBe(now().toISOString());
    expect(await titles(core)).toEqual(['Giữ lại']);
    expect(await titles(core, '', true)).toEqual(['Lưu trữ', 'Giữ lại']);
    expect(await titles(core, 'luu tru')).toEqual([]);
    expect(await titles(core, 'luu tru', true)).toEqual(['Lưu trữ']);

    const restored = await call(core, 'conferences.restore', { id: old.id, revision: archived.revision });
    expect(restored.archivedAt).toBeNull();
    expect(await titles(core)).toEqual(['Lưu trữ', 'Giữ lại']);
    expect((await call(core, 'conferences.get', { id: kept.id })).archivedAt).toBeNull();
  });

  it('refuses an edit or an archiving from a view older than another window’s edit, then takes the fresh one', async () => {
    const core = await newCore();
    const seen = await create(core, { title: 'Hội nghị tổng kết 2021', startsAt: '2021-12-20' });
    const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, revision: _r, ...values } = seen;
    const elsewhere = await call(core, 'conferences.update', {
      ...values,
      id: seen.id,
      revision: seen.revision,
      venue: 'Hội trường Thị ủy',
    });

    const stale = await callError(core, 'conferences.update', {
      ...values,
      id: seen.id,
      revision: seen.revision,
      title: 'Hội nghị tổng kết năm 2021',
    });
    expect(stale).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    const archiving = await callError(core, 'conferences.archive', { id: seen.id, revision: seen.revision });
    expect(archiving).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect(await call(core, 'conferences.get', { id: seen.id })).toEqual(elsewhere);

    const saved = await call(core, 'conferences.update', {
      ...values,
      id: seen.id,
      revision: elsewhere.revision,
      title: 'Hội nghị tổng kết năm 2021',
    });
    expect(saved).toMatchObject({ title: 'Hội nghị tổng kết năm 2021', venue: '' });
    const archived = await call(core, 'conferences.archive', { id: seen.id, revision: saved.revision });
    expect(archived.archivedAt).not.toBeNull();
    // Bringing it back from the list as it was before archiving is refused too.
    expect(
      await callError(core, 'conferences.restore', { id: seen.id, revision: saved.revision }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it.each([
    ['conferences.update', { ...conferenceInput(), id: 999, revision: 1 }],
    ['conferences.get', { id: 999 }],
    ['conferences.open', { id: 999 }],
    ['conferences.archive', { id: 999, revision: 1 }],
    ['conferences.restore', { id: 999, revision: 1 }],
  ])('%s of a missing id is NOT_FOUND and changes nothing', async (method, input) => {
    const core = await newCore();
    const existing = await create(core, { title: 'Có thật' });
    const error = await callError(core, method, input);
    expect(error.code).toBe('NOT_FOUND');
    expect(await call(core, 'conferences.get', { id: existing.id })).toEqual(existing);
    expect((await call(core, 'settings.get', {})).openConferenceId).toBe(existing.id);
  });

  it('updates every field and keeps createdAt', async () => {
    let clock = new Date('2024-03-01T08:00:00.000Z');
    const core = await openCore({ dataDir: dir(), now: () => clock });
    const created = await create(core, { title: 'Cũ' });
    clock = new Date('2024-03-02T09:00:00.000Z');
    const updated = await call(core, 'conferences.update', {
      id: created.id,
      revision: created.revision,
      ...conferenceInput({
        title: 'Mới',
        kind: 'khac',
        startsAt: '2024-04-01T07:30',
        endsAt: '2024-04-01T11:00',
      }),
    });
    expect(updated).toMatchObject({
      title: 'Mới',
      kind: 'khac',
      startsAt: '2024-04-01T07:30',
      endsAt: '2024-04-01T11:00',
    });
    expect(updated.createdAt).toBe('2024-03-01T08:00:00.000Z');
    expect(updated.updatedAt).toBe('2024-03-02T09:00:00.000Z');
    expect(await titles(core, 'moi')).toEqual(['Mới']);
    expect(await titles(core, 'cu')).toEqual([]);
  });

  it('opens a conference on create and tells listeners', async () => {
    const core = await newCore();
    const events: AppEvent[] = [];
    core.events.subscribe((event) => events.push(event));
    const first = await create(core, { title: 'Một' });
    const second = await create(core, { title: 'Hai' });
    expect((await call(core, 'settings.get', {})).openConferenceId).toBe(second.id);
    expect(events).toContainEqual({ type: 'conferences.changed', id: first.id });
    expect(events).toContainEqual({ type: 'conferences.changed', id: second.id });

    await call(core, 'conferences.open', { id: first.id });
    expect((await call(core, 'settings.get', {})).openConferenceId).toBe(first.id);
  });

  it('creates the Kỳ Anh sample once, and opens it', async () => {
    const core = await newCore();
    const sample = await call(core, 'conferences.createSample', {});
    expect(sample).toMatchObject({
      title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
      kind: 'so_ket',
      organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
      startsAt: '2021-05-19',
      endsAt: null,
      placeName: 'Kỳ Anh',
      venue: '',
      archivedAt: null,
    });
    expect(sample.campaign).toContain('Chỉ thị 05-CT/TW');
    expect((await call(core, 'settings.get', {})).openConferenceId).toBe(sample.id);

    await create(core, { title: 'Khác' });
    const again = await call(core, 'conferences.createSample', {});
    expect(again).toEqual(sample);
    expect((await call(core, 'settings.get', {})).openConferenceId).toBe(sample.id);
    expect(await titles(core, 'chi thi 05')).toEqual([sample.title]);
  });

  it('keeps data when the core is closed and created again on the same folder', async () => {
    const first = await newCore();
    const created = await create(first, { title: 'Bền vững' });
    await call(first, 'settings.update', { organisationName: 'Văn phòng Thị ủy' });
    await first.close();

    const second = await newCore();
    expect(await call(second, 'conferences.get', { id: created.id })).toEqual(created);
    expect(await call(second, 'settings.get', {})).toMatchObject({
      organisationName: 'Văn phòng Thị ủy',
      openConferenceId: created.id,
    });
  });

  describe('settings', () => {
    it('starts from the defaults', async () => {
      const core = await newCore();
      expect(await call(core, 'settings.get', {})).toEqual(DEFAULT_SETTINGS);
    });

    it('changes only the fields given, normalising text', async () => {
      const core = await newCore();
      await call(core, 'settings.update', { organisationName: '  Văn phòng   Thị ủy  ', language: 'en' });
      const after = await call(core, 'settings.update', { signerName: 'Nguyễn Văn A' });
      expect(after).toEqual({
        ...DEFAULT_SETTINGS,
        organisationName: 'Văn phòng Thị ủy',
        language: 'en',
        signerName: 'Nguyễn Văn A',
      });
      expect(await call(core, 'settings.get', {})).toEqual(after);
    });

    it('refuses to open a conference that does not exist, keeping the current one', async () => {
      const core = await newCore();
      const open = await create(core, { title: 'Đang mở' });
      const error = await callError(core, 'settings.update', { openConferenceId: open.id + 100 });
      expect(error.code).toBe('NOT_FOUND');
      expect((await call(core, 'settings.get', {})).openConferenceId).toBe(open.id);

      expect((await call(core, 'settings.update', { openConferenceId: null })).openConferenceId).toBeNull();
    });
  });
});
