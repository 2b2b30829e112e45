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
export const UNSEEDED = new Set(['kysely_migration']);
export const IGNORED_COLUMNS = new Set(['created_at', 'updated_at']);
export const EXPRESSION = '(expression)';

export function typeClass(declared: string): TypeClass {
  const type = declared.toLowerCase();
  if (type === 'integer' || type === 'bigint') return 'integer';
  if (type === 'text' || type.startsWith('varchar') || type === 'character varying') return 'text';
  if (type === 'real' || type === 'double precision') return 'real';
  if (type === 'blob' || type === 'bytea') return 'blob';
  throw new Error(`no type class for "${declared}"`);
}

/** PostgreSQL writes `''::text`, SQLite `''`: the literal without its casts. */
export function literal(value: string | null): string | null {
  return value === null ? null : value.replace(/::[a-z ]+$/i, '');
}

export function normaliseRow(row: Record<string, unknown>, columns: ColumnShape[]): Record<string, unknown> {
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
export function sortedRows(rows: Record<string, unknown>[], key: string[]): Record<string, unknown>[] {
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
