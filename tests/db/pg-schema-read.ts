import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';

/**
 * The logical schema of a database, in terms both engines share, so that SQLite's and
 * PostgreSQL's can be compared: column type classes rather than declared types, constraints as
 * column lists, and the rows the migrations seed (timestamps left out: they record when).
 */
export type TypeClass = 'integer' | 'text' | 'real' | 'blob';

export interface ColumnShape {
  name: string;
  type: TypeClass;
  notNull: boolean;
  /** The default as a literal (`''`, `1`, `'auto'`), casts removed; null when there is none. */
  default: string | null;
  /**
   * How the engine numbers new rows: SQLite's AUTOINCREMENT and PostgreSQL's identity BY DEFAULT
   * both take an explicit value when given one (an archive import writes its ids).
   */
  generated: 'by default' | 'always' | null;
}

export interface TableShape {
  columns: ColumnShape[];
  primaryKey: string[];
  /** Each unique constraint or unique index as `a, b`, with ` (partial)` when it has a WHERE. */
  uniques: string[];
  /** `column -> table.column on delete <action> on update <action>`. */
  foreignKeys: string[];
  /** Each check as checkSignature prints it. */
  checks: string[];
  rows: Record<string, unknown>[];
}

export interface IndexShape {
  table: string;
  /** Column names in order; `(expression)` for an expression. */
  columns: string[];
  unique: boolean;
  partial: boolean;
}

export interface LogicalSchema {
  tables: Record<string, TableShape>;
  /** Named indexes that no primary key or unique constraint created. */
  indexes: Record<string, IndexShape>;
}

/** Their rows differ by design: SQLite lists 14 steps, PostgreSQL one baseline with the last name. */
const UNSEEDED = new Set(['kysely_migration']);
const IGNORED_COLUMNS = new Set(['created_at', 'updated_at']);
const EXPRESSION = '(expression)';

function typeClass(declared: string): TypeClass {
  const type = declared.toLowerCase();
  if (type === 'integer' || type === 'bigint') return 'integer';
  if (type === 'text' || type.startsWith('varchar') || type === 'character varying') return 'text';
  if (type === 'real' || type === 'double precision') return 'real';
  if (type === 'blob' || type === 'bytea') return 'blob';
  throw new Error(`no type class for "${declared}"`);
}

/** PostgreSQL writes `''::text`, SQLite `''`: the literal without its casts. */
function literal(value: string | null): string | null {
  return value === null ? null : value.replace(/::[a-z ]+$/i, '');
}

function normaliseRow(row: Record<string, unknown>, columns: ColumnShape[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    if (IGNORED_COLUMNS.has(column.name)) continue;
    const value = row[column.name];
    if (Buffer.isBuffer(value)) out[column.name] = `blob:${value.toString('hex')}`;
    // pg gives a bigint as a string, since it may not fit a JavaScript number.
    else if (column.type === 'integer' && (typeof value === 'string' || typeof value === 'bigint'))
      out[column.name] = Number(value);
    else out[column.name] = value;
  }
  return out;
}

function compareValues(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const [sx, sy] = [String(x), String(y)];
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

/** Rows in primary key order: each engine returns them in an order of its own. */
function sortedRows(rows: Record<string, unknown>[], key: string[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => {
    for (const column of key) {
      const order = compareValues(a[column], b[column]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * A check as what it constrains: the table's columns it names and the literals it compares them
 * with (`kind: 'khac', 'so_ket', 'tong_ket'`). The engines print one check differently
 * (PostgreSQL: `(kind = ANY (ARRAY['khac'::text, …]))`), but these survive the printing.
 */
export function checkSignature(expression: string, columns: string[]): string {
  const strings = expression.match(/'(?:[^']|'')*'/g) ?? [];
  const rest = expression.replace(/'(?:[^']|'')*'/g, ' ');
  const numbers = rest.match(/(?<![\w.])\d+(?![\w.])/g) ?? [];
  const words = new Set(rest.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const named = columns.filter((c) => words.has(c)).sort();
  return `${named.join(', ')}: ${[...strings, ...numbers].sort().join(', ')}`;
}

/** The expressions of the CHECK clauses in a CREATE TABLE statement, by matching parentheses. */
export function sqliteChecks(tableSql: string): string[] {
  const checks: string[] = [];
  for (const match of tableSql.matchAll(/\bcheck\s*\(/gi)) {
    const start = (match.index ?? 0) + match[0].length;
    let depth = 1;
    let quoted = false;
    let i = start;
    for (; i < tableSql.length && depth > 0; i++) {
      const ch = tableSql[i];
      if (ch === "'") quoted = !quoted;
      else if (!quoted && ch === '(') depth++;
      else if (!quoted && ch === ')') depth--;
    }
    checks.push(tableSql.slice(start, i - 1));
  }
  return checks;
}

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

// ---- The comparison

/**
 * What differs between two logical schemas, one line per difference naming where
 * (`nominees.birth: missing on the second`); empty when they match.
 */
export function schemaDifferences(first: LogicalSchema, second: LogicalSchema): string[] {
  const out: string[] = [];
  const tableNames = new Set([...Object.keys(first.tables), ...Object.keys(second.tables)]);
  for (const name of [...tableNames].sort()) {
    const [a, b] = [first.tables[name], second.tables[name]];
    if (!a || !b) {
      out.push(`table ${name}: missing on the ${a ? 'second' : 'first'}`);
      continue;
    }
    const columnNames = new Set([...a.columns.map((c) => c.name), ...b.columns.map((c) => c.name)]);
    for (const column of columnNames) {
      const [ca, cb] = [a.columns.find((c) => c.name === column), b.columns.find((c) => c.name === column)];
      if (!ca || !cb) {
        out.push(`${name}.${column}: missing on the ${ca ? 'second' : 'first'}`);
        continue;
      }
      for (const key of ['type', 'notNull', 'default', 'generated'] as const) {
        if (ca[key] !== cb[key])
          out.push(`${name}.${column}: ${key} ${String(ca[key])} against ${String(cb[key])}`);
      }
    }
    const order = (t: TableShape) => t.columns.map((c) => c.name).join(', ');
    if (
      columnNames.size === a.columns.length &&
      columnNames.size === b.columns.length &&
      order(a) !== order(b)
    ) {
      out.push(`${name}: column order ${order(a)} against ${order(b)}`);
    }
    for (const key of ['primaryKey', 'uniques', 'foreignKeys', 'checks'] as const) {
      const [la, lb] = [a[key].join(' | '), b[key].join(' | ')];
      if (la !== lb) out.push(`${name}: ${key} [${la}] against [${lb}]`);
    }
    if (a.rows.length !== b.rows.length) out.push(`${name}: ${a.rows.length} rows against ${b.rows.length}`);
    a.rows.forEach((row, i) => {
      const [ra, rb] = [JSON.stringify(row), JSON.stringify(b.rows[i])];
      if (i < b.rows.length && ra !== rb) out.push(`${name} row ${i + 1}: ${ra} against ${rb}`);
    });
  }
  const indexNames = new Set([...Object.keys(first.indexes), ...Object.keys(second.indexes)]);
  for (const name of [...indexNames].sort()) {
    const [a, b] = [first.indexes[name], second.indexes[name]];
    if (!a || !b) out.push(`index ${name}: missing on the ${a ? 'second' : 'first'}`);
    else if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`index ${name}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`);
  }
  return out;
}
