import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { engineOf, type Connection } from './engine';

/**
 * SQL fragments that SQLite and PostgreSQL write differently. The query layer builds them here,
 * from the connection it runs on, so a domain's query reads the same on both engines.
 */

/**
 * How many rows of the group satisfy `condition`. SQLite sums the comparison (1 or 0), in the
 * exact form an expression index can cover (migration 0014); PostgreSQL counts with a filter,
 * since a boolean has no sum there.
 */
export function countTrue(db: Connection, condition: RawBuilder<unknown>): RawBuilder<number> {
  return engineOf(db) === 'postgres'
    ? sql<number>`count(*) filter (where ${condition})`
    : sql<number>`sum(${condition})`;
}

/**
 * `column` is one of `ids`, bound as one value whatever their number: a JSON array that SQLite
 * unpacks with json_each, an integer array on PostgreSQL.
 */
export function inIds(db: Connection, column: string, ids: readonly number[]): Expression<SqlBool> {
  return engineOf(db) === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...ids]}::integer[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/**
 * The first and last of `ids` when they are every id between the two, in order (the rows of one
 * insert loop): a range then reads them, or tells them apart, with no list to bind. Else null.
 */
export function idRange(ids: readonly number[]): [number, number] | null {
  const first = ids[0];
  const last = ids[ids.length - 1];
  if (first === undefined || last === undefined || last - first !== ids.length - 1) return null;
  for (let i = 1; i < ids.length; i++) if ((ids[i] as number) <= (ids[i - 1] as number)) return null;
  return [first, last];
}

/** `column` is one of `ids`: between the two ends of a range, else inIds. */
export function amongIds(db: Connection, column: string, ids: readonly number[]): Expression<SqlBool> {
  const range = idRange(ids);
  return range
    ? sql<SqlBool>`${sql.ref(column)} between ${range[0]} and ${range[1]}`
    : inIds(db, column, ids);
}

/**
 * `column` is one of `texts`, bound as one value, as inIds: a lookup of thousands of keys is one
 * statement with one parameter, instead of a list that the query builder compiles item by item.
 */
export function inTexts(db: Connection, column: string, texts: readonly string[]): Expression<SqlBool> {
  return engineOf(db) === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...texts]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(texts)}))`;
}

/**
 * A table of (id, seen) pairs, bound as one value, to join an update against:
 * `from (…) as alias` with integer columns `id` and `seen`.
 */
export function idPairs(db: Connection, pairs: readonly (readonly [number, number])[]): RawBuilder<unknown> {
  if (engineOf(db) === 'postgres') {
    const ids = pairs.map((pair) => pair[0]);
    const seen = pairs.map((pair) => pair[1]);
    return sql`(select * from unnest(${ids}::integer[], ${seen}::integer[]) as pairs(id, seen))`;
  }
  return sql`(select value ->> 0 as id, value ->> 1 as seen from json_each(${JSON.stringify(pairs)}))`;
}
