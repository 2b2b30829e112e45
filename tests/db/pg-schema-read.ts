import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import {
  checkSignature,
  EXPRESSION,
  literal,
  normaliseRow,
  sortedRows,
  sqliteChecks,
  typeClass,
  UNSEEDED,
  type IndexShape,
  type LogicalSchema,
  type TableShape,
} from './pg-schema-shape';

// Each engine's schema read into the shape both share (pg-schema-shape.ts).

// ---- SQLite, through its PRAGMAs

function quoteSqlite(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function readSqliteSchema(sqlite: BetterSqlite3.Database): LogicalSchema {
  const master = sqlite
    .prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%'")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  // FTS5 tables and their shadow tables (`<name>_data`, `_idx`…) have no counterpart elsewhere.
  const virtual = master
    .filter((m) => m.type === 'table' && /^create virtual table/i.test(m.sql ?? ''))
    .map((m) => m.name);
  const isFts = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
  const tableNames = master
    .filter((m) => m.type === 'table' && !isFts(m.name) && m.name !== 'kysely_migration_lock')
    .map((m) => m.name)
    .sort();

  const tables: Record<string, TableShape> = {};
  for (const name of tableNames) {
    const info = sqlite.pragma(`table_info(${quoteSqlite(name)})`) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const tableSql = master.find((m) => m.type === 'table' && m.name === name)?.sql ?? '';
    // AUTOINCREMENT is allowed on a lone integer primary key only, so the table says which.
    const autoIncrement = /\bautoincrement\b/i.test(tableSql);
    const columns = info.map((c) => ({
      name: c.name,
      type: typeClass(c.type),
      // SQLite lets a non-integer primary key column hold NULL unless declared NOT NULL;
      // PostgreSQL never does. Every key here is declared or is the rowid: both are not null.
      notNull: c.notnull === 1 || c.pk > 0,
      default: literal(c.dflt_value),
      generated: autoIncrement && c.pk === 1 ? ('by default' as const) : null,
    }));
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);

    const indexList = sqlite.pragma(`index_list(${quoteSqlite(name)})`) as {
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }[];
    const indexColumns = (index: string) =>
      (sqlite.pragma(`index_info(${quoteSqlite(index)})`) as { seqno: number; name: string | null }[])
        .sort((a, b) => a.seqno - b.seqno)
        .map((c) => c.name ?? EXPRESSION);
    const uniques = indexList
      .filter((i) => i.unique === 1 && i.origin !== 'pk')
      .map((i) => `${indexColumns(i.name).join(', ')}${i.partial ? ' (partial)' : ''}`)
      .sort();

    const foreignKeys = (
      sqlite.pragma(`foreign_key_list(${quoteSqlite(name)})`) as {
        table: string;
        from: string;
        to: string | null;
        on_delete: string;
        on_update: string;
      }[]
    )
      .map(
        (f) =>
          `${f.from} -> ${f.table}.${f.to ?? '(primary key)'} on delete ${f.on_delete.toLowerCase()}` +
          ` on update ${f.on_update.toLowerCase()}`,
      )
      .sort();

    const names = columns.map((c) => c.name);
    const checks = sqliteChecks(tableSql)
      .map((check) => checkSignature(check, names))
      .sort();

    const rows = UNSEEDED.has(name)
      ? []
      : sortedRows(
          (sqlite.prepare(`select * from ${quoteSqlite(name)}`).all() as Record<string, unknown>[]).map((r) =>
            normaliseRow(r, columns),
          ),
          primaryKey,
        );
    tables[name] = { columns, primaryKey, uniques, foreignKeys, checks, rows };
  }

  const indexes: Record<string, IndexShape> = {};
  for (const index of master.filter((m) => m.type === 'index' && m.sql !== null && !isFts(m.tbl_name))) {
    const listed = (
      sqlite.pragma(`index_list(${quoteSqlite(index.tbl_name)})`) as {
        name: string;
        unique: number;
        partial: number;
      }[]
    ).find((i) => i.name === index.name);
    const columns = (
      sqlite.pragma(`index_info(${quoteSqlite(index.name)})`) as { seqno: number; name: string | null }[]
    )
      .sort((a, b) => a.seqno - b.seqno)
      .map((c) => c.name ?? EXPRESSION);
    indexes[index.name] = {
      table: index.tbl_name,
      columns,
      unique: listed?.unique === 1,
      partial: listed?.partial === 1,
    };
  }
  return { tables, indexes };
}

// ---- PostgreSQL, through information_schema and the catalogue

export async function readPgSchema(db: Kysely<unknown>): Promise<LogicalSchema> {
  const tableNames = (
    await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'kysely_migration_lock'
      order by table_name`.execute(db)
  ).rows.map((r) => r.table_name);

  const columnRows = (
    await sql<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
      column_default: string | null;
      identity_generation: string | null;
    }>`
      select table_name, column_name, data_type, is_nullable, column_default, identity_generation
      from information_schema.columns where table_schema = current_schema()
      order by table_name, ordinal_position`.execute(db)
  ).rows;

  const keyRows = (
    await sql<{ table_name: string; constraint_type: string; column_name: string }>`
      select tc.table_name, tc.constraint_type, kcu.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
        and kcu.table_name = tc.table_name
      where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
      order by tc.table_name, kcu.ordinal_position`.execute(db)
  ).rows;

  const foreignRows = (
    await sql<{
      constraint_name: string;
      table_name: string;
      column_name: string;
      ref_table: string;
      ref_column: string;
      delete_rule: string;
      update_rule: string;
    }>`
      select rc.constraint_name, kcu.table_name, kcu.column_name,
        ccu.table_name as ref_table, ccu.column_name as ref_column,
        rc.delete_rule, rc.update_rule
      from information_schema.referential_constraints rc
      join information_schema.key_column_usage kcu
        on kcu.constraint_schema = rc.constraint_schema and kcu.constraint_name = rc.constraint_name
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_schema = rc.constraint_schema and ccu.constraint_name = rc.constraint_name
      where rc.constraint_schema = current_schema()`.execute(db)
  ).rows;
  const perConstraint = new Map<string, number>();
  for (const f of foreignRows)
    perConstraint.set(f.constraint_name, (perConstraint.get(f.constraint_name) ?? 0) + 1);
  // constraint_column_usage does not pair the columns of a multi-column key; none is expected.
  const multi = [...perConstraint].filter(([, n]) => n > 1).map(([name]) => name);
  if (multi.length > 0) throw new Error(`multi-column foreign keys are not read: ${multi.join(', ')}`);

  const checkRows = (
    await sql<{ table_name: string; definition: string }>`
      select c.relname as table_name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and k.contype = 'c'`.execute(db)
  ).rows;

  const indexRows = (
    await sql<{
      index_name: string;
      table_name: string;
      is_unique: boolean;
      partial: boolean;
      constraint_backed: boolean;
      columns: string[];
    }>`
      select ic.relname as index_name, tc.relname as table_name, i.indisunique as is_unique,
        i.indpred is not null as partial,
        exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))
          as constraint_backed,
        array(
          select coalesce(a.attname::text, ${EXPRESSION})
          from unnest(i.indkey::int2[]) with ordinality as k(attnum, n)
          left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum and k.attnum > 0
          order by k.n
        ) as columns
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class tc on tc.oid = i.indrelid
      join pg_namespace ns on ns.oid = tc.relnamespace
      where ns.nspname = current_schema()`.execute(db)
  ).rows;

  const tables: Record<string, TableShape> = {};
  for (const name of tableNames) {
    const columns = columnRows
      .filter((c) => c.table_name === name)
      .map((c) => ({
        name: c.column_name,
        type: typeClass(c.data_type),
        notNull: c.is_nullable === 'NO',
        default: literal(c.column_default),
        generated:
          c.identity_generation === null
            ? null
            : (c.identity_generation.toLowerCase() as 'by default' | 'always'),
      }));
    const primaryKey = keyRows.filter((k) => k.table_name === name).map((k) => k.column_name);
    const uniques = indexRows
      .filter((i) => i.table_name === name && i.is_unique && !keyMatches(i.columns, primaryKey))
      .map((i) => `${i.columns.join(', ')}${i.partial ? ' (partial)' : ''}`)
      .sort();
    const foreignKeys = foreignRows
      .filter((f) => f.table_name === name)
      .map(
        (f) =>
          `${f.column_name} -> ${f.ref_table}.${f.ref_column} on delete ${f.delete_rule.toLowerCase()}` +
          ` on update ${f.update_rule.toLowerCase()}`,
      )
      .sort();
    const names = columns.map((c) => c.name);
    const checks = checkRows
      .filter((c) => c.table_name === name)
      .map((c) => checkSignature(c.definition, names))
      .sort();
    const rows = UNSEEDED.has(name)
      ? []
      : sortedRows(
          (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows.map((r) =>
            normaliseRow(r, columns),
          ),
          primaryKey,
        );
    tables[name] = { columns, primaryKey, uniques, foreignKeys, checks, rows };
  }

  const indexes: Record<string, IndexShape> = {};
  for (const i of indexRows.filter((r) => !r.constraint_backed && tableNames.includes(r.table_name))) {
    indexes[i.index_name] = {
      table: i.table_name,
      columns: i.columns,
      unique: i.is_unique,
      partial: i.partial,
    };
  }
  return { tables, indexes };
}

function keyMatches(columns: string[], primaryKey: string[]): boolean {
  return columns.length === primaryKey.length && columns.every((c, i) => c === primaryKey[i]);
}
