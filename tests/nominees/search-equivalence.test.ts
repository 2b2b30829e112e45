import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { indexNominees, searchReadings } from '../../src/main/db/search';
import { derivedColumns, searchWords } from '../../src/main/nominees/derive';
import { personAt } from '../../bench/generate';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';
import { queryRows } from '../db-access';
import { seededRandom } from '../random';

/**
 * The search reads only the matched rows when the index gives few of them (and walks the
 * conference otherwise). Whatever the way, the page, its order, the counts and the filled
 * columns must be what the plain query gives: every phrase a substring of the folded text, on
 * either engine, whatever its index (SQLite's FTS5 trigram table, PostgreSQL's pg_trgm).
 */
describe('the nominee search gives what the plain query gives', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('over a seeded 10,000-row list, for 240 searches', async () => {
    const core = await openCore({ dataDir: dir() });
    const a = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị A' }));
    const b = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị B' }));
    const { db } = core.context.store;
    const kinds = ['ca_nhan', 'tap_the', 'ho_gia_dinh'] as const;
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const p = personAt(i);
      const kind = kinds[i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0] ?? 'ca_nhan';
      const position = i % 5 === 0 ? '' : p.position;
      const d = derivedColumns({ kind, ...p, position, unitId: null });
      return {
        conference_id: i % 4 === 0 ? b.id : a.id,
        kind,
        full_name: p.fullName,
        position,
        achievement: p.achievement,
        birth: '',
        notes: '',
        status: 'de_nghi' as const,
        source_file: i % 3 === 0 ? 'danh-sach.xlsx' : '',
        search_folded: d.search_folded,
        person_key: d.person_key,
        name_sort: d.name_sort,
        position_sort: d.position_sort,
        deleted_at: i % 13 === 0 ? 'x' : null,
        created_at: 'x',
        updated_at: 'x',
      };
    });
    for (let start = 0; start < rows.length; start += 500) {
      const inserted = await db
        .insertInto('nominees')
        .values(rows.slice(start, start + 500))
        .returning('id')
        .execute();
      await indexNominees(
        db,
        inserted.map((row) => row.id),
      );
    }

    // The plain query: in one of the search's readings, every phrase a substring of the folded
    // text, no index involved.
    const contains = (phrase: string) =>
      core.context.store.engine === 'postgres'
        ? sql`strpos(search_folded, ${phrase}) > 0`
        : sql`instr(search_folded, ${phrase}) > 0`;
    const plain = async (conferenceId: number, search: string) => {
      const readings = searchReadings(searchWords(search)).filter((phrases) => phrases.length > 0);
      const anyReading =
        readings.length === 0
          ? sql`1 = 1`
          : sql`(${sql.join(
              readings.map((phrases) => sql`(${sql.join(phrases.map(contains), sql` and `)})`),
              sql` or `,
            )})`;
      const where = sql.join(
        [sql`conference_id = ${conferenceId}`, sql`deleted_at is null`, anyReading],
        sql` and `,
      );
      const ids = (
        await queryRows<{ id: number }>(
          core.context.store,
          sql`select id from nominees where ${where} order by name_sort, id limit 200`,
        )
      ).map((row) => row.id);
      const counts = { total: 0, tap_the: 0, ca_nhan: 0, ho_gia_dinh: 0 };
      for (const row of await queryRows<{ kind: keyof typeof counts; n: number }>(
        core.context.store,
        sql`select kind, count(*) as n from nominees where ${where} group by kind`,
      )) {
        counts[row.kind] = Number(row.n);
        counts.total += Number(row.n);
      }
      const [filled] = await queryRows<{ position: number; unit: number; source: number }>(
        core.context.store,
        sql`select count(nullif(position, '')) as position, count(unit_id) as unit,
            count(nullif(source_file, '')) as source from nominees where ${where}`,
      );
      return {
        ids,
        counts,
        filled: {
          position: Number(filled?.position),
          unit: Number(filled?.unit),
          source: Number(filled?.source),
        },
      };
    };

    // Searches made of what the list holds: whole words, parts of words, one- and two-letter
    // words, words in another order, names with their marks, and words found nowhere.
    const texts = rows;
    const next = seededRandom(42);
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
    // Short words between two longer ones, which are read several ways (searchReadings).
    for (let n = 0; n < 40; n++) {
      const text = texts[Math.floor(next() * texts.length)] ?? { full_name: '', search_folded: '' };
      const words = text.search_folded.split(' ');
      const at = Math.floor(next() * Math.max(1, words.length - 3));
      const between =
        n % 2 === 0 ? [words[at + 1]?.slice(0, 2)] : [words[at + 1]?.slice(0, 2), words[at + 2]?.slice(0, 1)];
      searches.push([words[at], ...between, words[at + 3]].join(' '));
    }
    let broad = 0;
    let narrow = 0;
    for (const [n, search] of searches.entries()) {
      const conferenceId = n % 2 === 0 ? a.id : b.id;
      const listed = await call(core, 'nominees.list', { conferenceId, search, limit: 200 });
      const expected = await plain(conferenceId, search);
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
