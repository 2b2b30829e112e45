import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readSqliteSchema, schemaDifferences, type LogicalSchema } from './pg-schema-read';

// The comparer behind pg-schema.test.ts, on SQLite databases built here: it must see every kind
// of difference, or the PostgreSQL comparison would pass for the wrong reason.

const BASE = `
  create table units (id integer primary key autoincrement, name text not null unique);
  create table people (
    id integer primary key autoincrement,
    unit_id integer references units (id) on delete cascade,
    name text not null,
    kind text not null default 'ca_nhan' check (kind in ('ca_nhan', 'tap_the')),
    score real,
    photo blob,
    created_at text not null
  );
  create index people_by_unit on people (unit_id, name <> '');
  create unique index people_name on people (unit_id, name) where kind = 'ca_nhan';
  create virtual table people_search using fts5(name, content='people', content_rowid='id', tokenize='trigram');
  insert into units (name) values ('A');
`;

const open: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function schemaOf(ddl: string, extra = ''): LogicalSchema {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  db.exec(ddl + extra);
  return readSqliteSchema(db);
}

/** BASE with one piece of its text replaced, which must be there. */
function altered(from: string, to: string): string {
  expect(BASE).toContain(from);
  return BASE.replace(from, to);
}

describe('the schema comparer', () => {
  it('reads tables, keys, indexes and rows, leaving FTS tables out', () => {
    const schema = schemaOf(BASE);
    expect(Object.keys(schema.tables)).toEqual(['people', 'units']);
    expect(schema.tables.people).toMatchObject({
      primaryKey: ['id'],
      uniques: ['unit_id, name (partial)'],
      foreignKeys: ['unit_id -> units.id on delete cascade'],
      checks: 1,
    });
    expect(schema.tables.people?.columns.map((c) => `${c.name} ${c.type} ${c.notNull} ${c.default}`)).toEqual(
      [
        'id integer true null',
        'unit_id integer false null',
        'name text true null',
        "kind text true 'ca_nhan'",
        'score real false null',
        'photo blob false null',
        'created_at text true null',
      ],
    );
    expect(schema.tables.units?.rows).toEqual([{ id: 1, name: 'A' }]);
    expect(schema.indexes.people_by_unit).toEqual({
      table: 'people',
      columns: ['unit_id', '(expression)'],
      unique: false,
      partial: false,
    });
    expect(schemaDifferences(schema, schemaOf(BASE))).toEqual([]);
  });

  it.each([
    ['a missing column', 'score real,', '', ['people.score: missing on the second']],
    ['another type class', 'score real', 'score text', ['people.score: type real against text']],
    ['nullability', 'score real', 'score real not null', ['people.score: notNull false against true']],
    [
      'a default',
      "default 'ca_nhan'",
      "default 'tap_the'",
      ["people.kind: default 'ca_nhan' against 'tap_the'"],
    ],
    ['a check', " check (kind in ('ca_nhan', 'tap_the'))", '', ['people: 1 checks against 0']],
    [
      'an on delete action',
      'on delete cascade',
      '',
      [
        'people: foreignKeys [unit_id -> units.id on delete cascade] against [unit_id -> units.id on delete no action]',
      ],
    ],
    [
      'a unique constraint',
      'name text not null unique',
      'name text not null',
      ['units: uniques [name] against []'],
    ],
    [
      'a unique index made partial no more',
      " where kind = 'ca_nhan'",
      '',
      [
        'people: uniques [unit_id, name (partial)] against [unit_id, name]',
        'index people_name: {"table":"people","columns":["unit_id","name"],"unique":true,"partial":true} against {"table":"people","columns":["unit_id","name"],"unique":true,"partial":false}',
      ],
    ],
    [
      'an expression index',
      "name <> ''",
      'name',
      [
        'index people_by_unit: {"table":"people","columns":["unit_id","(expression)"],"unique":false,"partial":false} against {"table":"people","columns":["unit_id","name"],"unique":false,"partial":false}',
      ],
    ],
    [
      'a seeded row',
      "values ('A')",
      "values ('B')",
      ['units row 1: {"id":1,"name":"A"} against {"id":1,"name":"B"}'],
    ],
    [
      'the column order',
      'score real,\n    photo blob,',
      'photo blob,\n    score real,',
      [
        'people: column order id, unit_id, name, kind, score, photo, created_at against id, unit_id, name, kind, photo, score, created_at',
      ],
    ],
  ])('sees %s', (_what, from, to, differences) => {
    expect(schemaDifferences(schemaOf(BASE), schemaOf(altered(from, to)))).toEqual(differences);
  });

  it('sees a missing table and a missing index, and ignores the timestamps of seeded rows', () => {
    const more = schemaOf(
      BASE,
      'create table extra (id integer primary key); create index units_by_name on units (name);',
    );
    expect(schemaDifferences(more, schemaOf(BASE))).toEqual([
      'table extra: missing on the second',
      'index units_by_name: missing on the second',
    ]);
    const stamped = (at: string) =>
      schemaOf(BASE, `insert into people (unit_id, name, created_at) values (1, 'X', '${at}');`);
    expect(schemaDifferences(stamped('2026-01-01'), stamped('2027-06-30'))).toEqual([]);
    expect(schemaDifferences(stamped('2026-01-01'), schemaOf(BASE))).toEqual(['people: 1 rows against 0']);
  });
});
