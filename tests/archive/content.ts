import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import {
  OWNED_TABLES,
  SHARED_TABLES,
  whereCondition,
  AUDIT_ENTITY_TABLES,
} from '../../src/main/archive/tables';
import type { Core } from '../../src/main/app/create-core';
import { insertionOrder } from '../../src/main/db/archive-file';
import { queryRows } from '../db-access';

type Row = Record<string, unknown>;

const digest = (value: unknown) =>
  Buffer.isBuffer(value) ? `${value.length}:${createHash('sha256').update(value).digest('hex')}` : value;

/**
 * Everything a conference owns, with ids replaced by what they point at: a shared row by its
 * name (and a template by its content), an owned row by its place among the conference's rows
 * of that table. Two installations holding the same conference give equal results.
 */
export async function conferenceContent(core: Core, conferenceId: number): Promise<Record<string, Row[]>> {
  const { store } = core.context;
  const labels = new Map<string, Map<number, unknown>>();
  const rowsOf = (table: (typeof OWNED_TABLES)[number]) =>
    queryRows<Row>(
      store,
      sql`select * from ${sql.table(table.name)} where ${whereCondition(table, conferenceId)}
        order by ${insertionOrder(store.db, table.key)}`,
    );

  for (const table of SHARED_TABLES) {
    const rows = await rowsOf(table);
    labels.set(
      table.name,
      new Map(
        rows.map((r) => [
          Number(r.id),
          table.name === 'certificate_templates'
            ? [r.name, r.body, r.version, digest(r.background), digest(r.emblem)]
            : r.name,
        ]),
      ),
    );
  }
  const content: Record<string, Row[]> = {};
  for (const table of OWNED_TABLES) {
    const rows = await rowsOf(table);
    if (table.key)
      labels.set(
        table.name,
        new Map(rows.map((r, i) => [Number(r[table.key ?? 'id']), `${table.name}#${i}`])),
      );
    const copies = rows.map((row) => {
      const copy: Row = {};
      for (const [column, value] of Object.entries(row)) {
        if (column === table.key) continue;
        const target = table.refs[column];
        copy[column] =
          target && value !== null
            ? (labels.get(target)?.get(Number(value)) ?? `missing ${value}`)
            : digest(value);
      }
      if (table.name === 'nominees') copy.person_key = String(copy.person_key).replace(/\|\d*$/, '|unit');
      if (table.name === 'audit_log' && copy.entity_id !== null) {
        const target = AUDIT_ENTITY_TABLES[String(copy.entity)];
        copy.entity_id = target ? (labels.get(target)?.get(Number(copy.entity_id)) ?? null) : null;
      }
      return copy;
    });
    // A row without an id of its own is known by its references alone, and PostgreSQL keeps
    // no order of insertion for it (no rowid): compare such rows as a set.
    content[table.name] = table.key
      ? copies
      : copies.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return content;
}
