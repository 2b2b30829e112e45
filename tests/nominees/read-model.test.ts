import { describe, expect, it } from 'vitest';
import { readStandings } from '../../src/main/nominees/read-model';
import { addNominees, formIds } from '../decisions/seed';
import { call, conferenceInput, useCores, useTempDir, nomineeItems } from '../helpers';

describe('a nominee standing', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('reads form, rank, status and deletion in id order, deleted nominees included, unknown ids left out', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', conferenceInput());
    const [approved, plain, removed] = await addNominees(core, conference.id, [
      { fullName: 'Phạm Văn Hải', unitName: 'Dân quân tự vệ', form: 'Bằng khen', status: 'duoc_duyet' },
      { fullName: 'Đinh Thị Thơm', unitName: 'Đảng bộ xã Kỳ Hoa' },
      { fullName: 'Lê Thị Kim Liên', unitName: 'Văn phòng Thị ủy', form: 'Giấy khen' },
    ]);
    if (approved === undefined || plain === undefined || removed === undefined) throw new Error('not seeded');
    await call(core, 'nominees.delete', { items: await nomineeItems(core, [removed]) });
    const forms = await formIds(core);
    const ranks = await call(core, 'awards.list', { includeInactive: true });
    const rankOf = (name: string) => ranks.find((f) => f.name === name)?.rank;

    const standings = await readStandings(core.context.store.db, [removed, 999_999, approved, plain]);

    expect(standings.map((s) => s.id)).toEqual([approved, plain, removed]);
    expect(standings[0]).toEqual({
      id: approved,
      conferenceId: conference.id,
      fullName: 'Phạm Văn Hải',
      status: 'duoc_duyet',
      deletedAt: null,
      awardFormId: forms.get('Bằng khen'),
      awardFormName: 'Bằng khen',
      awardRank: rankOf('Bằng khen'),
    });
    expect(standings[1]).toMatchObject({ awardFormId: null, awardFormName: null, awardRank: null });
    expect(standings[2]?.deletedAt).toEqual(expect.any(String));
    expect(standings[2]).toMatchObject({ awardFormName: 'Giấy khen', status: 'de_nghi' });
  });
});
