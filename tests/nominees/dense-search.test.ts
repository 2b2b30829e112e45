import { describe, expect, it } from 'vitest';
import { indexNominees } from '../../src/main/db/search';
import { derivedColumns } from '../../src/main/nominees/derive';
import { KIND_SECTION } from '../../src/main/nominees/read-model';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';

const ROWS = 14_000;

/**
 * A list of many rows (a search matching most of a large conference, or no search) may be read
 * in the name index's order instead of sorted (nameOrder, on PostgreSQL), or a search of several
 * phrases read once for its counts and its page (readsMatchesOnce). Its pages must
 * still be those of the plain query: in name order, deleted rows left out, other conferences too.
 */
describe('a list of more than 10,000 rows', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('pages as the plain query orders it, searched or not, by name, section or list order, either way round', async () => {
    const core = await openCore({ dataDir: dir() });
    const a = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị A' }));
    const b = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị B' }));
    const { db } = core.context.store;
    const rows = Array.from({ length: ROWS }, (_, i) => {
      // Names repeat, so that the id decides between equal names.
      const fullName = `Nguyễn Văn ${['Hải', 'Mến', 'Đức', 'Ánh'][i % 4] ?? ''} ${i % 3000}`;
      const unitName = i % 10 === 0 ? 'Xã Kỳ Hoa' : 'Phường Sông Trí';
      // A few collectives, so that the section order differs from the name order.
      const kind = i % 7 === 0 ? ('tap_the' as const) : ('ca_nhan' as const);
      const d = derivedColumns({
        kind,
        fullName,
        position: '',
        achievement: '',
        unitName,
        unitId: null,
      });
      return {
        conference_id: i % 20 === 0 ? b.id : a.id,
        kind,
        full_name: fullName,
        birth: '',
        position: '',
        achievement: '',
        status: 'de_nghi' as const,
        notes: '',
        source_file: '',
        ...d,
        deleted_at: i % 13 === 0 ? '2024-01-01T00:00:00.000Z' : null,
        created_at: 'x',
        updated_at: 'x',
      };
    });
    const ids: number[] = [];
    await db.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += 500) {
        const inserted = await trx
          .insertInto('nominees')
          .values(rows.slice(start, start + 500))
          .returning('id')
          .execute();
        ids.push(...inserted.map((r) => r.id));
      }
      await indexNominees(trx, ids);
    });

    const plain = async (
      search: string,
      sort: 'name' | 'kind' | 'list',
      descending: boolean,
      offset: number,
    ) => {
      let query = db
        .selectFrom('nominees as n')
        .select('id')
        .where('conference_id', '=', a.id)
        .where('deleted_at', 'is', null);
      for (const word of search.split(' ').filter(Boolean)) {
        query = query.where('search_folded', 'like', `%${word}%`);
      }
      const dir = descending ? 'desc' : 'asc';
      if (sort !== 'name') query = query.orderBy(KIND_SECTION, dir);
      if (sort !== 'list') query = query.orderBy('name_sort', dir);
      const found = await query.orderBy('id', dir).limit(100).offset(offset).execute();
      return found.map((r) => r.id);
    };
    // One phrase, several phrases (read once for counts and page on PostgreSQL), a search read
    // two ways ("nguyen" + "va phuong" finds nothing, "nguyen va" + "phuong" nine rows in ten),
    // no search. By name, by section then name (the page's own order), and in list order
    // (section, then entry).
    for (const search of ['phuong', 'nguyen phuong', 'nguyen va phuong', '']) {
      for (const sort of ['name', 'kind', 'list'] as const) {
        for (const descending of [false, true]) {
          for (const offset of [0, 5_000]) {
            const page = await call(core, 'nominees.list', {
              conferenceId: a.id,
              search,
              sort,
              descending,
              limit: 100,
              offset,
            });
            expect(page.counts.total, search).toBeGreaterThanOrEqual(10_000);
            expect(
              page.rows.map((r) => r.id),
              `${search || 'no search'} by ${sort}, ${descending ? 'descending' : 'ascending'}, from ${offset}`,
            ).toEqual(await plain(search, sort, descending, offset));
          }
        }
      }
    }
  });
});
