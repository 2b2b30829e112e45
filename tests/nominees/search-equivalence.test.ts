import { describe, expect, it } from 'vitest';
import { rawSqlite } from '../../src/main/db/open';
import { ftsQuery, searchPhrases, TRIGRAM } from '../../src/main/db/search';
import { derivedColumns, searchWords } from '../../src/main/nominees/derive';
import { personAt } from '../../bench/generate';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';

// A deterministic generator, so a failing search can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * The search reads only the matched rows when the index gives few of them (and walks the
 * conference otherwise). Whatever the way, the page, its order, the counts and the filled
 * columns must be what the plain query gives: that query is written out here as it was.
 */
describe('the nominee search gives what the plain query gives', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('over a seeded 10,000-row list, for 200 searches', async () => {
    const core = await openCore({ dataDir: dir() });
    const a = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị A' }));
    const b = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị B' }));
    const sqlite = rawSqlite(core.context.store);
    const insert = sqlite.prepare(`insert into nominees (conference_id, kind, full_name, position,
      achievement, status, source_file, search_folded, person_key, name_sort, position_sort,
      deleted_at, created_at, updated_at)
      values (?, ?, ?, ?, ?, 'de_nghi', ?, ?, ?, ?, ?, ?, 'x', 'x')`);
    const kinds = ['ca_nhan', 'tap_the', 'ho_gia_dinh'] as const;
    sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const p = personAt(i);
        const kind = kinds[i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0] ?? 'ca_nhan';
        const position = i % 5 === 0 ? '' : p.position;
        const d = derivedColumns({ kind, ...p, position, unitId: null });
        insert.run(
          i % 4 === 0 ? b.id : a.id,
          kind,
          p.fullName,
          position,
          p.achievement,
          i % 3 === 0 ? 'danh-sach.xlsx' : '',
          d.search_folded,
          d.person_key,
          d.name_sort,
          d.position_sort,
          i % 13 === 0 ? 'x' : null,
        );
      }
      sqlite.exec('insert into nominee_search (rowid, search_folded) select id, search_folded from nominees');
    })();

    const plain = (conferenceId: number, search: string) => {
      const phrases = searchPhrases(searchWords(search));
      const indexed = phrases.filter((p) => p.length >= TRIGRAM);
      const where = [
        'conference_id = ?',
        'deleted_at is null',
        ...(indexed.length > 0
          ? ['id in (select rowid from nominee_search where nominee_search match ?)']
          : []),
        ...phrases.filter((p) => p.length < TRIGRAM).map(() => 'instr(search_folded, ?) > 0'),
      ].join(' and ');
      const args = [
        conferenceId,
        ...(indexed.length > 0 ? [ftsQuery(indexed)] : []),
        ...phrases.filter((p) => p.length < TRIGRAM),
      ];
      const ids = sqlite
        .prepare(`select id from nominees where ${where} order by name_sort, id limit 200`)
        .pluck()
        .all(...args);
      const counts = { total: 0, tap_the: 0, ca_nhan: 0, ho_gia_dinh: 0 };
      for (const row of sqlite
        .prepare(`select kind, count(*) as n from nominees where ${where} group by kind`)
        .all(...args) as { kind: keyof typeof counts; n: number }[]) {
        counts[row.kind] = row.n;
        counts.total += row.n;
      }
      const filled = sqlite
        .prepare(
          `select count(nullif(position, '')) as position, count(unit_id) as unit,
            count(nullif(source_file, '')) as source from nominees where ${where}`,
        )
        .get(...args);
      return { ids, counts, filled };
    };

    // Searches made of what the list holds: whole words, parts of words, one- and two-letter
    // words, words in another order, names with their marks, and words found nowhere.
    const texts = sqlite.prepare('select full_name, search_folded from nominees').all() as {
      full_name: string;
      search_folded: string;
    }[];
    const next = random(42);
    const searches: string[] = [];
    for (let n = 0; n < 200; n++) {
      const text = texts[Math.floor(next() * texts.length)] ?? { full_name: '', search_folded: '' };
      const words = text.search_folded.split(' ');
      const pick = () => words[Math.floor(next() * words.length)] ?? '';
      const shape = n % 6;
      if (shape === 0) searches.push(text.full_name);
      else if (shape === 1) searches.push(pick());
      else if (shape === 2) searches.push(pick().slice(0, 2));
      else if (shape === 3) searches.push(`${pick()} ${pick()}`);
      else if (shape === 4) searches.push(pick().slice(1, 5));
      else searches.push(n % 12 === 5 ? 'khong co ai ten nay' : `${pick()} ${pick().slice(0, 1)}`);
    }
    let broad = 0;
    let narrow = 0;
    for (const [n, search] of searches.entries()) {
      const conferenceId = n % 2 === 0 ? a.id : b.id;
      const listed = await call(core, 'nominees.list', { conferenceId, search, limit: 200 });
      const expected = plain(conferenceId, search);
      expect({
        search,
        ids: listed.rows.map((r) => r.id),
        counts: listed.counts,
        filled: listed.filled,
      }).toEqual({
        search,
        ...expected,
      });
      if (expected.counts.total > 3000) broad += 1;
      else narrow += 1;
    }
    // Both ways of reading were taken.
    expect(broad).toBeGreaterThan(5);
    expect(narrow).toBeGreaterThan(50);
  });
});
