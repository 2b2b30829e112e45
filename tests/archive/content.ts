import { createHash } from 'node:crypto';
import { OWNED_TABLES, SHARED_TABLES, whereParams, AUDIT_ENTITY_TABLES } from '../../src/main/archive/tables';
import type { Core } from '../../src/main/app/create-core';
import { rawSqlite } from '../../src/main/db/open';

type Row = Record<string, unknown>;

const digest = (value: unknown) =>
  Buffer.isBuffer(value) ? `${value.length}:${createHash('sha256').update(value).digest('hex')}` : value;

/**
 * Everything a conference owns, with ids replaced by what they point at: a shared row by its
 * name (and a template by its content), an owned row by its place among the conference's rows
 * of that table. Two installations holding the same conference give equal results.
 */
export function conferenceContent(core: Core, conferenceId: number): Record<string, Row[]> {
  const sqlite = rawSqlite(core.context.store);
  const labels = new Map<string, Map<number, unknown>>();
  const rowsOf = (table: (typeof OWNED_TABLES)[number]) =>
    sqlite
      .prepare(`select * from "${table.name}" where ${table.where} order by rowid`)
      .all(...whereParams(table, conferenceId)) as Row[];

  for (const table of SHARED_TABLES) {
    const rows = rowsOf(table);
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
    const rows = rowsOf(table);
    if (table.key)
      labels.set(
        table.name,
        new Map(rows.map((r, i) => [Number(r[table.key ?? 'id']), `${table.name}#${i}`])),
      );
    content[table.name] = rows.map((row) => {
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
  }
  return content;
}
