import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { NomineeInput } from '../../src/shared/nominees';
import { call, callError, useCores, useTempDir, nomineeItems } from '../helpers';

const person = (fullName: string, extra: Partial<NomineeInput> = {}): NomineeInput => ({
  kind: 'ca_nhan',
  fullName,
  unitName: 'Đảng bộ Công an thị xã',
  ...extra,
});

/** The names a search of the conference's list shows, in its order. */
async function namesFound(core: Core, conferenceId: number, search: string): Promise<string[]> {
  return (await call(core, 'nominees.list', { conferenceId, search })).rows.map((r) => r.fullName);
}

async function conference(core: Core, title: string, startsAt: string) {
  return call(core, 'conferences.create', { title, kind: 'so_ket', startsAt });
}

describe('nominees', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function withNominees(names: (string | NomineeInput)[]) {
    const core = await openCore({ dataDir: dir() });
    const c = await conference(core, 'Hội nghị sơ kết 2021', '2021-05-19');
    for (const n of names) {
      await call(core, 'nominees.create', { conferenceId: c.id, ...(typeof n === 'string' ? person(n) : n) });
    }
    return { core, conferenceId: c.id };
  }

  it('stores text in NFC, trimmed and collapsed, and units by folded name', async () => {
    const { core, conferenceId } = await withNominees([]);
    const a = await call(core, 'nominees.create', {
      conferenceId,
      ...person('  Đinh  Thị Thơm '.normalize('NFD'), { unitName: 'Đảng bộ xã Kỳ Hoa' }),
    });
    const b = await call(core, 'nominees.create', {
      conferenceId,
      ...person('Lê Thị Kim Liên', { unitName: 'đảng bộ xã kỳ hoa ' }),
    });
    expect(a.fullName).toBe('Đinh Thị Thơm');
    expect(a.fullName).toBe(a.fullName.normalize('NFC'));
    expect(b.unitId).toBe(a.unitId);
    expect(b.unitName).toBe('Đảng bộ xã Kỳ Hoa');
    expect(await call(core, 'units.list', { conferenceId })).toHaveLength(1);
  });

  it('finds "dinh thi thom" without accents, over name, unit, position and achievement', async () => {
    const { core, conferenceId } = await withNominees([
      'Đinh Thị Thơm',
      person('Ngô Hồng Thơm', { position: 'Bí thư Chi bộ', achievement: 'Điển hình tiên tiến' }),
      person('Đặng Diên', { unitName: 'Đảng bộ Bệnh viện đa khoa thị xã' }),
    ]);
    const search = (text: string) => namesFound(core, conferenceId, text);
    expect(await search('dinh thi thom')).toEqual(['Đinh Thị Thơm']);
    expect(await search('thom dinh')).toEqual(['Đinh Thị Thơm']);
    expect(await search('ĐINH THỊ')).toEqual(['Đinh Thị Thơm']);
    expect(await search('benh vien')).toEqual(['Đặng Diên']);
    expect(await search('bi thu')).toEqual(['Ngô Hồng Thơm']);
    expect(await search('dien hinh tien tien')).toEqual(['Ngô Hồng Thơm']);
    expect(await search('100%')).toEqual([]);
  });

  it('finds a name followed by its place, whose first word is too short for the index', async () => {
    const { core, conferenceId } = await withNominees([
      person('Trần Thị Ánh', { unitName: 'Đảng bộ phường Kỳ Phương' }),
      person('Lê Văn Bình', { unitName: 'Đảng bộ xã Kỳ Hoa' }),
      person('Hồ Văn An', { unitName: 'Công an thị xã' }),
    ]);
    const search = (text: string) => namesFound(core, conferenceId, text);
    expect(await search('ánh kỳ phương')).toEqual(['Trần Thị Ánh']);
    expect(await search('bình xã kỳ hoa')).toEqual(['Lê Văn Bình']);
    expect(await search('công an')).toEqual(['Hồ Văn An']);
    expect(await search('hồ văn an')).toEqual(['Hồ Văn An']);
  });

  it('finds a unit named with a word left out, when short words sit between two longer ones', async () => {
    const { core, conferenceId } = await withNominees([
      person('Hồ Văn An', { unitName: 'Công an thị xã Kỳ Anh' }),
      person('Trần Thị Ánh', { unitName: 'Đảng bộ phường Kỳ Phương' }),
      person('Lê Văn Kỳ', { unitName: 'Chi bộ Công an xã' }),
    ]);
    const search = (text: string) => namesFound(core, conferenceId, text);
    // "cong an" + "ky anh": "thị xã" left out between the two.
    expect(await search('công an kỳ anh')).toEqual(['Hồ Văn An']);
    // "anh ky" + "phuong" does not occur, "anh" + "ky phuong" does: either reading finds her.
    expect(await search('ánh kỳ phương')).toEqual(['Trần Thị Ánh']);
    // Each reading still needs every word: none of them is in Lê Văn Kỳ's text.
    expect(await search('công an kỳ phương')).toEqual([]);
  });

  it('drops NUL and other control characters from a search instead of failing', async () => {
    const { core, conferenceId } = await withNominees(['Đinh Thị Thơm', 'Ngô Hồng Thơm']);
    const page = await call(core, 'nominees.list', { conferenceId, search: 'dinh\u0000 thi\u0007' });
    expect(page.rows.map((r) => r.fullName)).toEqual(['Đinh Thị Thơm']);
    const ids = await call(core, 'nominees.ids', { conferenceId, search: 'a\u0000b' });
    expect(ids).toEqual([]);
    expect((await call(core, 'nominees.list', { conferenceId, search: '\u0000' })).rows).toHaveLength(2);
    expect(await call(core, 'conferences.list', { search: 'a\u0000b' })).toEqual([]);
    expect(await call(core, 'delegates.list', { conferenceId, search: 'a\u0000b' })).toMatchObject({
      matching: 0,
    });
  });

  it('sorts people by given name, then full name, the Vietnamese way', async () => {
    const { core, conferenceId } = await withNominees([
      'Đinh Thị Yến',
      'Ngô Hồng Thơm',
      'Lê Thị Kim Liên',
      'Bùi Thị Yến',
      'Đinh Thị Thơm',
      'Nguyễn Văn Ân',
      'Nguyễn Văn An',
      'Trần Văn Đức',
      'Trần Văn Dũng',
    ]);
    const sorted = async (descending: boolean) =>
      (await call(core, 'nominees.list', { conferenceId, sort: 'name', descending })).rows.map(
        (r) => r.fullName,
      );
    const expected = [
      'Nguyễn Văn An',
      'Nguyễn Văn Ân',
      'Trần Văn Dũng',
      'Trần Văn Đức',
      'Lê Thị Kim Liên',
      'Đinh Thị Thơm',
      'Ngô Hồng Thơm',
      'Bùi Thị Yến',
      'Đinh Thị Yến',
    ];
    expect(await sorted(false)).toEqual(expected);
    expect(await sorted(true)).toEqual([...expected].reverse());
  });

  it('says how many matching nominees have a position, a unit and a source, so empty columns can go', async () => {
    const { core, conferenceId } = await withNominees([
      person('Chi bộ Khối dân', { kind: 'tap_the', unitName: '' }),
      person('Đinh Thị Thơm', { position: 'Bí thư' }),
      person('Lê Thị Kim Liên'),
    ]);
    const all = await call(core, 'nominees.list', { conferenceId });
    expect(all.filled).toEqual({ position: 1, unit: 2, source: 0 });
    const collectives = await call(core, 'nominees.list', { conferenceId, kind: 'tap_the' });
    expect(collectives.filled).toEqual({ position: 0, unit: 0, source: 0 });
  });

  it('filters by kind, unit, award form and status, and counts every match', async () => {
    const { core, conferenceId } = await withNominees([
      person('Chi bộ Khối dân', { kind: 'tap_the', unitName: '' }),
      person('Đinh Thị Thơm', { status: 'duoc_duyet' }),
      person('Lê Thị Kim Liên', { unitName: 'Chi bộ Khối dân' }),
    ]);
    const forms = await call(core, 'awards.list', {});
    const giayKhen = forms.find((f) => f.name === 'Giấy khen');
    if (!giayKhen) throw new Error('Giấy khen is a shipped default');
    const all = await call(core, 'nominees.list', { conferenceId });
    expect(all.counts).toEqual({ total: 3, tap_the: 1, ca_nhan: 2, ho_gia_dinh: 0 });
    const ids = all.rows.filter((r) => r.kind === 'ca_nhan').map((r) => r.id);
    expect(
      await call(core, 'nominees.bulkUpdate', {
        items: await nomineeItems(core, ids),
        set: { awardFormId: giayKhen.id },
      }),
    ).toMatchObject({
      updated: 2,
      items: ids.map((id) => ({ id, revision: expect.any(Number) as number })),
    });

    const list = (filter: object) => call(core, 'nominees.list', { conferenceId, ...filter });
    expect((await list({ kind: 'tap_the' })).rows.map((r) => r.fullName)).toEqual(['Chi bộ Khối dân']);
    expect((await list({ status: 'duoc_duyet' })).rows.map((r) => r.fullName)).toEqual(['Đinh Thị Thơm']);
    expect((await list({ awardFormId: giayKhen.id })).counts.total).toBe(2);
    const unitId = all.rows.find((r) => r.fullName === 'Lê Thị Kim Liên')?.unitId ?? null;
    expect((await list({ unitId })).rows.map((r) => r.fullName)).toEqual(['Lê Thị Kim Liên']);
    expect(await call(core, 'nominees.ids', { conferenceId, kind: 'ca_nhan' })).toHaveLength(2);
  });

  it('deletes softly in one call and restores', async () => {
    const { core, conferenceId } = await withNominees(['Đinh Thị Thơm', 'Bùi Thị Yến']);
    const ids = await call(core, 'nominees.ids', { conferenceId });
    expect(await call(core, 'nominees.delete', { items: await nomineeItems(core, ids) })).toEqual({
      deleted: 2,
    });
    expect((await call(core, 'nominees.list', { conferenceId })).counts.total).toBe(0);
    expect((await callError(core, 'nominees.get', { id: ids[0]?.id })).code).toBe('NOT_FOUND');
    expect(await call(core, 'nominees.restore', { ids: ids.map((n) => n.id) })).toEqual({ restored: 2 });
    expect((await call(core, 'nominees.list', { conferenceId })).counts.total).toBe(2);
  });

  it('flags likely duplicates in the conference and earlier awards of the same person', async () => {
    const core = await openCore({ dataDir: dir() });
    const earliest = await conference(core, 'Hội nghị tổng kết 2017', '2017-12-15');
    const earlier = await conference(core, 'Hội nghị tổng kết 2019', '2019-12-20');
    const later = await conference(core, 'Hội nghị sơ kết 2021', '2021-05-19');
    const forms = await call(core, 'awards.list', {});
    const giayKhen = forms.find((f) => f.name === 'Giấy khen')?.id ?? null;
    const bangKhen = forms.find((f) => f.name === 'Bằng khen')?.id ?? null;
    await call(core, 'nominees.create', {
      conferenceId: earliest.id,
      ...person('Đinh Thị Thơm', { awardFormId: bangKhen, status: 'duoc_duyet' }),
    });
    await call(core, 'nominees.create', {
      conferenceId: earlier.id,
      ...person('Đinh Thị Thơm', { awardFormId: giayKhen, status: 'duoc_duyet' }),
    });
    await call(core, 'nominees.create', {
      conferenceId: earlier.id,
      ...person('Bùi Thị Yến', { awardFormId: giayKhen, status: 'khong_duoc_duyet' }),
    });
    const a = await call(core, 'nominees.create', { conferenceId: later.id, ...person('Đinh Thị Thơm') });
    const b = await call(core, 'nominees.create', {
      conferenceId: later.id,
      ...person('đinh thị thơm', { unitName: 'đảng bộ công an thị xã' }),
    });
    const yen = await call(core, 'nominees.create', { conferenceId: later.id, ...person('Bùi Thị Yến') });
    const other = await call(core, 'nominees.create', {
      conferenceId: later.id,
      ...person('Đinh Thị Thơm', { unitName: 'Chi bộ Khối dân' }),
    });

    const fetched = await call(core, 'nominees.get', { id: a.id });
    expect(fetched.duplicateIds).toEqual([b.id]);
    // The latest first.
    expect(fetched.history).toEqual([
      {
        conferenceId: earlier.id,
        conferenceTitle: 'Hội nghị tổng kết 2019',
        year: 2019,
        awardFormName: 'Giấy khen',
      },
      {
        conferenceId: earliest.id,
        conferenceTitle: 'Hội nghị tổng kết 2017',
        year: 2017,
        awardFormName: 'Bằng khen',
      },
    ]);
    // Not approved earlier: no history. Another unit: neither duplicate nor history.
    expect((await call(core, 'nominees.get', { id: yen.id })).history).toEqual([]);
    const elsewhere = await call(core, 'nominees.get', { id: other.id });
    expect(elsewhere.duplicateIds).toEqual([]);
    expect(elsewhere.history).toEqual([]);
    // The earliest conference does not see later ones as history.
    const page = await call(core, 'nominees.list', { conferenceId: earliest.id });
    expect(page.rows.every((r) => r.history.length === 0)).toBe(true);
  });

  it('refuses a bulk change to an award form that does not exist, and changes nothing', async () => {
    const { core, conferenceId } = await withNominees(['Đinh Thị Thơm']);
    const ids = await call(core, 'nominees.ids', { conferenceId });
    const error = await callError(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(core, ids),
      set: { awardFormId: 99999 },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Hình thức khen thưởng không có trong danh mục.');
    expect(error.details?.fields).toEqual([{ path: 'set.awardFormId', key: 'invalid' }]);
    const [row] = (await call(core, 'nominees.list', { conferenceId })).rows;
    expect(row?.awardFormId).toBeNull();
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { core, conferenceId } = await withNominees([]);
    const bad = await callError(core, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: ' ',
      birth: '30/02/1970',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details?.fields).toEqual([
      { path: 'fullName', key: 'required' },
      { path: 'birth', key: 'invalidDate' },
    ]);
    expect((await callError(core, 'nominees.create', { conferenceId: 999, ...person('A') })).code).toBe(
      'NOT_FOUND',
    );
    expect((await call(core, 'nominees.list', { conferenceId })).counts.total).toBe(0);
  });
});
