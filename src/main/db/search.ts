import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { engineOf, type Connection } from './engine';
import { idRange, inIds } from './portable';
import type { Database } from './schema';

/**
 * Accent-insensitive search. Searched text is kept folded beside the original (foldVietnamese:
 * no marks, đ → d, lower case) in a `…_folded` or `search` column, and the search is folded
 * the same way, so a match is a substring test on plain text. How that test is written, and
 * the full-text index that makes it fast on nominees, belong to the database engine: domains
 * call these helpers and never write it themselves. On SQLite the nominees' index is an FTS5
 * trigram table; on PostgreSQL a pg_trgm GIN index on the folded column itself, which serves
 * LIKE '%…%' and which the server keeps in step on its own.
 */

/** `text` as a LIKE pattern that matches itself anywhere: %, _ and the escape are escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** PostgreSQL's substring test, written so that its trigram index can serve it. */
function likeMatch(column: string, folded: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${containsPattern(folded)}`;
}

/**
 * The folded column contains `folded` (already folded, as the column is). SQLite's instr has no
 * wildcards to escape ("50%" finds "50%") and scans faster than LIKE; another engine would use
 * its own substring test (PostgreSQL: strpos, or LIKE with %, _ and \\ escaped).
 */
export function foldedMatch(db: Connection, column: string, folded: string): Expression<SqlBool> {
  if (engineOf(db) === 'postgres') return likeMatch(column, folded);
  return sql<SqlBool>`instr(${sql.ref(column)}, ${folded}) > 0`;
}

/** SQLite's trigram tokenizer indexes strings of at least this many characters. */
export const TRIGRAM = 3;

/**
 * The search as index phrases: each word on its own ("thom dinh" finds "Đinh Thị Thơm"), but a
 * word too short for the index stays joined to a neighbour, which is also far more selective than
 * looking it up alone. It joins the word after it, as places and units begin ("ánh kỳ phương",
 * "bình xã kỳ hoa": Ánh of Kỳ Phương, Bình of xã Kỳ Hoa); short words at the end join the word
 * before them ("cong an", "hieu 1", "nguyen van a").
 */
export function searchPhrases(words: string[]): string[] {
  const { isLong, runs } = shortRuns(words);
  return readingOf(
    words,
    isLong,
    runs,
    runs.map(([first]) => first),
  );
}

/**
 * At most this many readings of one search; beyond, only the usual one. Each reading is a
 * lookup of its own: on 100,000 nominees "thi xa ky anh" (three readings) takes 65 ms against
 * 30 ms read one way, and "dang bo xa ky hoa" (four) took 130 ms against 39 ms.
 */
const MAX_READINGS = 3;

/**
 * The readings of a search, any of which may match: each a list of index phrases, as
 * searchPhrases makes them, the first being searchPhrases itself. A run of short words between
 * two longer ones may belong to either, or be split between them, and a person leaves words out:
 * "công an kỳ anh" is read "cong" + "an ky anh", "cong an" + "ky anh" (Công an thị xã Kỳ Anh),
 * and "cong an ky" + "anh". Runs at either end have one reading, as in searchPhrases.
 */
export function searchReadings(words: string[]): string[][] {
  const { isLong, runs } = shortRuns(words);
  // Where each run is split: words before the split join the word before the run.
  let splits: number[][] = [[]];
  for (const [first, end] of runs) {
    splits = splits.flatMap((chosen) =>
      Array.from({ length: end - first + 1 }, (_, k) => [...chosen, first + k]),
    );
  }
  if (splits.length > MAX_READINGS) splits = [runs.map(([first]) => first)];
  return splits.map((chosen) => readingOf(words, isLong, runs, chosen));
}

/** Which words the index can look up, and each run of short words with one on both sides: [first, end). */
function shortRuns(words: string[]): { isLong: boolean[]; runs: [number, number][] } {
  const isLong = words.map((w) => w.length >= TRIGRAM);
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length;) {
    if (isLong[i]) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < words.length && !isLong[end]) end += 1;
    if (i > 0 && end < words.length) runs.push([i, end]);
    i = end;
  }
  return { isLong, runs };
}

/**
 * The phrases of one reading: each long word with the short words attached to it. Short words at
 * the start join the first long word, those at the end the last; a run between two joins the word
 * before it up to its split (`splits`, one per run), and the word after it from there.
 */
function readingOf(words: string[], isLong: boolean[], runs: [number, number][], splits: number[]): string[] {
  if (!isLong.includes(true)) return words.length === 0 ? [] : [words.join(' ')];
  // Short words that join the word before them: trailing ones, and those before a split.
  const joinsBefore = new Set<number>();
  for (let i = words.length - 1; i >= 0 && !isLong[i]; i--) joinsBefore.add(i);
  runs.forEach(([first], r) => {
    for (let i = first; i < (splits[r] ?? first); i++) joinsBefore.add(i);
  });
  const phrases: string[] = [];
  let pending = '';
  words.forEach((word, i) => {
    if (isLong[i]) {
      phrases.push(pending ? `${pending} ${word}` : word);
      pending = '';
    } else if (joinsBefore.has(i)) {
      phrases[phrases.length - 1] = `${phrases[phrases.length - 1] ?? ''} ${word}`;
    } else {
      pending = pending ? `${pending} ${word}` : word;
    }
  });
  return phrases;
}

/** An FTS5 query in which every phrase must occur as a substring: "dinh" AND "cong an". */
export function ftsQuery(phrases: string[]): string {
  return phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
}

/** An FTS5 query that any of the readings satisfies: ("cong" AND "an ky anh") OR (…). */
export function ftsReadings(readings: string[][]): string {
  if (readings.length === 1) return ftsQuery(readings[0] ?? []);
  return readings.map((phrases) => `(${ftsQuery(phrases)})`).join(' OR ');
}

/**
 * Every folded word occurs in the nominee's folded search text, in any order, as one of the
 * search's readings joins them (searchReadings). The words are looked up in the FTS5 trigram
 * index `nominee_search` (rowid = nominees.id); a phrase too short for it is tested on the
 * column. Null when there is nothing to search for.
 *
 * `matched` are the ids the index gave for these words when there were few of them
 * (matchedNomineeIds): the query then reads just those rows instead of walking the whole
 * conference and testing each row against the index.
 */
export function nomineeSearchMatch(
  db: Connection,
  words: string[],
  table = 'nominees',
  matched: readonly number[] | null = null,
): Expression<SqlBool> | null {
  const readings = searchReadings(words);
  if (readings.length > 1) return anyReading(db, readings, table, matched);
  const phrases = readings[0] ?? [];
  const conditions: Expression<SqlBool>[] = [];
  const indexed = phrases.filter((p) => p.length >= TRIGRAM);
  if (matched !== null) conditions.push(inIds(db, `${table}.id`, matched));
  if (engineOf(db) === 'postgres') {
    // Every phrase on the column itself; the trigram index serves those of three letters or more.
    for (const phrase of phrases) conditions.push(likeMatch(`${table}.search_folded`, phrase));
    return conditions.length === 0 ? null : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
  }
  if (matched !== null) {
    // The ids already say which rows match the indexed phrases.
  } else if (indexed.length > 0) {
    conditions.push(
      sql<SqlBool>`${sql.ref(`${table}.id`)} in (select rowid from nominee_search where nominee_search match ${ftsQuery(indexed)})`,
    );
  }
  // A search of one or two letters ("an") is too short for the index: it scans.
  for (const phrase of phrases.filter((p) => p.length < TRIGRAM)) {
    conditions.push(foldedMatch(db, `${table}.search_folded`, phrase));
  }
  if (conditions.length === 0) return null;
  return conditions.length === 1
    ? (conditions[0] ?? null)
    : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

/**
 * nomineeSearchMatch for a search of several readings (searchReadings), each phrase of which
 * holds a word the index can look up: the trigram index answers the OR of them on SQLite, the
 * column's on PostgreSQL.
 */
function anyReading(
  db: Connection,
  readings: string[][],
  table: string,
  matched: readonly number[] | null,
): Expression<SqlBool> {
  if (engineOf(db) === 'postgres') {
    const column = `${table}.search_folded`;
    const each = readings.map(
      (phrases) =>
        sql<SqlBool>`(${sql.join(
          phrases.map((p) => likeMatch(column, p)),
          sql` and `,
        )})`,
    );
    return sql<SqlBool>`(${sql.join(each, sql` or `)})`;
  }
  // The ids already say which rows match.
  if (matched !== null) return inIds(db, `${table}.id`, matched);
  return sql<SqlBool>`${sql.ref(`${table}.id`)} in (select rowid from nominee_search where nominee_search match ${ftsReadings(readings)})`;
}

/**
 * `column` as a term no index may serve (SQLite's unary plus). With the few ids the index gave
 * (matchedNomineeIds), the planner would otherwise still walk the conference's index and test
 * each entry against them: 14 ms for 5 ids among 20,000 rows, against 0.02 ms by id.
 */
export function unindexed(db: Connection, column: string): RawBuilder<unknown> {
  // PostgreSQL's planner weighs the id list's size itself; a unary plus is SQLite's alone.
  return engineOf(db) === 'postgres' ? sql`${sql.ref(column)}` : sql`+${sql.ref(column)}`;
}

/**
 * The ids the trigram index gives for the words, when there are at most `limit` (across every
 * conference); null when there are more, or no word the index can look up. Asking for one more
 * than the limit stops the index early on a common word ("phuong" matches a third of a list).
 *
 * Always null on PostgreSQL: its trigram index leaves every match to be read and confirmed, so
 * asking first would read the matches once more than the list does (up to 50 ms for "tam"), and
 * with the count it then has, nameOrder reads few matches through the index anyway.
 */
export async function matchedNomineeIds(
  db: Kysely<Database>,
  words: string[],
  limit: number,
): Promise<number[] | null> {
  const readings = searchReadings(words).map((phrases) => phrases.filter((p) => p.length >= TRIGRAM));
  if (readings.some((phrases) => phrases.length === 0)) return null;
  if (engineOf(db) === 'postgres') return null;
  const rows = await sql<{ id: number }>`select rowid as id from nominee_search
    where nominee_search match ${ftsReadings(readings)} limit ${limit + 1}`.execute(db);
  return rows.rows.length > limit ? null : rows.rows.map((r) => r.id);
}

// Ids per statement, well under the engine's limit on bound values.
const IDS_PER_STATEMENT = 500;

/**
 * Adds newly inserted nominees to the search index. Inserts are indexed by the code that writes
 * them, a batch at a time, because a per-row trigger makes a large import several times slower;
 * updates and deletes are kept in step by triggers (migration 0003).
 */
export async function indexNominees(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  // PostgreSQL's trigram index is on the column itself: the server keeps it in step.
  if (engineOf(db) === 'postgres') return;
  const range = idRange(ids);
  if (range) {
    // The rows of one insert loop have consecutive ids: one statement reads them by range.
    await sql`insert into nominee_search (rowid, search_folded)
      select id, search_folded from nominees where id between ${range[0]} and ${range[1]}`.execute(db);
    return;
  }
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const part = ids.slice(start, start + IDS_PER_STATEMENT);
    await sql`insert into nominee_search (rowid, search_folded)
      select id, search_folded from nominees where id in (${sql.join(part)})`.execute(db);
  }
}

/**
 * Whether a list reads its search's matches once, for its counts and its page together, rather
 * than once for each. On PostgreSQL every match of a search is read from the table to confirm it
 * (a trigram index only narrows the rows down), so a page sorted from the matches reads them all
 * a second time: "bi thu chi bo", 14,000 of 100,000, took 23 ms to count and 40 ms for the page.
 * The one exception is a search for one phrase in an order an index holds (`inIndexOrder`: by
 * name, or by section then name), whose page nameOrder reads through that index when the
 * matches are many. SQLite's trigram table answers the match itself and needs none of this.
 */
export function readsMatchesOnce(db: Connection, words: string[], inIndexOrder: boolean): boolean {
  if (engineOf(db) !== 'postgres') return false;
  const readings = searchReadings(words);
  const phrases = readings.length > 1 ? Infinity : (readings[0]?.length ?? 0);
  return phrases > 1 || (phrases === 1 && !inIndexOrder);
}

/** Matches from which PostgreSQL reads a list's page in name order rather than sorting them all. */
const DENSE_MATCHES = 10_000;

/** How a list orders by name: what leads, and the name itself as a column or as a term. */
export interface NameOrder {
  /** Columns before the name, each one value on every row listed (so the order is the same). */
  lead: string[];
  /** The name as a term no index can give in order (`name_sort || ''`, the same text). */
  keepIndexAway: boolean;
}

/**
 * How a list of `total` rows orders by name (alone, or within its section) so that
 * PostgreSQL's planner reads it the quick way. SQLite needs nothing here.
 *
 * - Many rows (a search matching at least DENSE_MATCHES with one phrase, or no search): read
 *   nominees_by_name (conference_id, deleted_at, name_sort) in order and stop at the end of the
 *   page. The planner takes `deleted_at is null` for a filter, not for one value, so the
 *   index's own leading columns go first in the ORDER BY (one value each on every row listed),
 *   or it cannot see that the index gives the order: with deleted_at alone it still sorted
 *   "cong an" (14,000 matches it guessed at 8,000) through the kind index, 102 ms against 3 ms.
 *   By section, nominees_by_section holds the order the same way.
 * - A search with fewer matches, or of several phrases: find the matches through the trigram
 *   index and sort them. Offered the name index's order, the planner would walk it testing each
 *   row, and how far it walks depends on a guess: 175 ms for "cuong" (4,000 matches) after one
 *   ANALYZE, 120 ms for "bi thu chi bo" after another, 3 to 30 ms sorted.
 */
export function nameOrder(
  db: Connection,
  words: string[],
  matched: readonly number[] | null,
  total: number,
): NameOrder {
  if (engineOf(db) !== 'postgres') return { lead: [], keepIndexAway: false };
  const readings = searchReadings(words);
  const phrases = readings.length > 1 ? Infinity : (readings[0]?.length ?? 0);
  const dense = matched === null && total >= DENSE_MATCHES && phrases <= 1;
  if (dense) return { lead: ['n.conference_id', 'n.deleted_at'], keepIndexAway: false };
  return { lead: [], keepIndexAway: phrases > 0 };
}
