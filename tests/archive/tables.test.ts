import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVED_TABLES,
  DERIVED_TABLES,
  INSTALLATION_TABLES,
  OWNED_TABLES,
  SHARED_TABLES,
  whereParams,
} from '../../src/main/archive/tables';
import { useCores, useTempDir } from '../helpers';
import { foreignKeys, tableNames } from '../pg-tools-a';

describe('archive tables', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function schema() {
    const core = await openCore({ dataDir: join(dir(), 'db') });
    const store = core.context.store;
    return { store, tables: await tableNames(store) };
  }

  it('places every table of the database in exactly one list', async () => {
    const { store, tables } = await schema();
    const lists = [
      ...OWNED_TABLES.map((t) => t.name),
      ...SHARED_TABLES.map((t) => t.name),
      ...INSTALLATION_TABLES,
      ...DERIVED_TABLES,
    ];
    // A table in none of the lists would be silently left out of every archive: say where it
    // belongs in src/main/archive/tables.ts.
    const unplaced = tables.filter((t) => !lists.includes(t));
    expect(unplaced).toEqual([]);
    expect(lists.filter((t, i) => lists.indexOf(t) !== i)).toEqual([]);
    // PostgreSQL indexes the nominees' folded text in place (pg_trgm): no search tables there.
    const absent = store.engine === 'postgres' ? DERIVED_TABLES : [];
    expect(lists.filter((t) => !tables.includes(t))).toEqual(absent);
  });

  it('remaps every column the database knows as a reference, into a carried table', async () => {
    const { store } = await schema();
    let seen = 0;
    for (const table of ARCHIVED_TABLES.values()) {
      const keys = await foreignKeys(store, table.name);
      seen += keys.length;
      for (const key of keys) {
        expect({ table: table.name, column: key.from, target: table.refs[key.from] }).toEqual({
          table: table.name,
          column: key.from,
          target: key.table,
        });
      }
      for (const target of Object.values(table.refs)) expect(ARCHIVED_TABLES.has(target)).toBe(true);
    }
    // The catalogue was read: the carried tables do point at each other.
    expect(seen).toBeGreaterThan(10);
  });

  it('imports a row only after the rows it points at', () => {
    const order = [...SHARED_TABLES, ...OWNED_TABLES].map((t) => t.name);
    for (const table of OWNED_TABLES) {
      for (const target of Object.values(table.refs)) {
        expect(order.indexOf(target), `${table.name} → ${target}`).toBeLessThan(order.indexOf(table.name));
      }
    }
  });

  it.each([
    ['conferences', 1],
    ['nominees', 1],
    ['certificate_prints', 1],
    ['units', 2],
    ['award_forms', 2],
  ])('gives the conference id to each placeholder of %s (%i)', (name, count) => {
    const table = ARCHIVED_TABLES.get(name);
    expect(table && whereParams(table, 7)).toEqual(Array.from({ length: count }, () => 7));
  });
});
