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
import { rawSqlite } from '../../src/main/db/open';

describe('archive tables', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function schema() {
    const core = await openCore({ dataDir: join(dir(), 'db') });
    const sqlite = rawSqlite(core.context.store);
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    return { sqlite, tables };
  }

  it('places every table of the database in exactly one list', async () => {
    const { tables } = await schema();
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
    expect(lists.filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('remaps every column SQLite knows as a reference, into a carried table', async () => {
    const { sqlite } = await schema();
    for (const table of ARCHIVED_TABLES.values()) {
      const keys = sqlite.pragma(`foreign_key_list("${table.name}")`) as { table: string; from: string }[];
      for (const key of keys) {
        expect({ table: table.name, column: key.from, target: table.refs[key.from] }).toEqual({
          table: table.name,
          column: key.from,
          target: key.table,
        });
      }
      for (const target of Object.values(table.refs)) expect(ARCHIVED_TABLES.has(target)).toBe(true);
    }
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
