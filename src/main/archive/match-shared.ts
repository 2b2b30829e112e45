import type BetterSqlite3 from 'better-sqlite3';
import { viSortKey } from '../../shared/collation';
import { foldVietnamese } from '../../shared/text';

/**
 * On import, the shared rows an archive carries (units, award forms, registers, certificate
 * templates) are matched with this installation's own, or created. Each function fills
 * `ids` (archived id → local id) and returns what it had to create.
 */

export type Row = Record<string, unknown>;
export type IdMap = Map<number, number>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const id = (value: unknown): number => Number(value);

/** Units by folded name; a missing one is created under its (matched or created) parent. */
export function matchUnits(live: BetterSqlite3.Database, rows: Row[], ids: IdMap, now: string): number {
  const byId = new Map(rows.map((r) => [id(r.id), r]));
  const find = live.prepare('select id from units where name_folded = ?').pluck();
  const insert = live.prepare(
    'insert into units (name, name_folded, sort_key, parent_id, created_at) values (?, ?, ?, ?, ?)',
  );
  let created = 0;
  const resolve = (row: Row, depth: number): number => {
    const known = ids.get(id(row.id));
    if (known !== undefined) return known;
    const name = text(row.name);
    const local = find.get(foldVietnamese(name)) as number | undefined;
    let result = local;
    if (result === undefined) {
      const parent = row.parent_id === null ? undefined : byId.get(id(row.parent_id));
      // A loop in the parents cannot come from a real database; cut it rather than recurse.
      const parentId = parent && depth < rows.length ? resolve(parent, depth + 1) : null;
      result = Number(insert.run(name, foldVietnamese(name), viSortKey(name), parentId, now).lastInsertRowid);
      created += 1;
    }
    ids.set(id(row.id), result);
    return result;
  };
  for (const row of rows) resolve(row, 0);
  return created;
}

/** Award forms by folded name (the catalogue's own key); a missing one keeps its rank and aliases. */
export function matchAwardForms(live: BetterSqlite3.Database, rows: Row[], ids: IdMap, now: string): number {
  const find = live.prepare('select id from award_forms where name_folded = ?').pluck();
  const insert = live.prepare(`insert into award_forms
    (name, name_folded, category, issuer, rank, aliases, active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`);
  let created = 0;
  for (const row of rows) {
    const name = text(row.name);
    let local = find.get(foldVietnamese(name)) as number | undefined;
    if (local === undefined) {
      local = Number(
        insert.run(
          name,
          foldVietnamese(name),
          text(row.category),
          text(row.issuer),
          Number(row.rank ?? 0),
          text(row.aliases),
          Number(row.active ?? 1),
          now,
        ).lastInsertRowid,
      );
      created += 1;
    }
    ids.set(id(row.id), local);
  }
  return created;
}

/** Marks an imported register so that it is not taken for the local one of the same name. */
export const IMPORTED_REGISTER_SUFFIX = ' (nhập từ tệp)';

/**
 * Registers (sổ vàng). The awards keep the numbers they were given: a register number printed
 * on a certificate never changes. A local register of the same (folded) name is used when none
 * of the archived running numbers is taken in it; its next number then moves past them (never
 * back). Otherwise (two laptops numbered from the same book, or the same archive imported
 * twice) a register of its own is created, named "… (nhập từ tệp)", so that both sets of
 * numbers stay unique and visible.
 */
export function matchRegisters(
  live: BetterSqlite3.Database,
  rows: Row[],
  awards: Row[],
  ids: IdMap,
  now: string,
): { created: string[]; used: string[] } {
  const seqs = new Map<number, number[]>();
  for (const award of awards) {
    if (award.register_id === null || award.register_seq === null) continue;
    const list = seqs.get(id(award.register_id)) ?? [];
    list.push(id(award.register_seq));
    seqs.set(id(award.register_id), list);
  }
  const locals = live.prepare('select id, name from registers order by id').all() as {
    id: number;
    name: string;
  }[];
  const taken = live
    .prepare(
      'select count(*) from decision_awards where register_id = ? and register_seq in (select value from json_each(?))',
    )
    .pluck();
  const bump = live.prepare('update registers set next_number = max(next_number, ?) where id = ?');
  const insert = live.prepare(`insert into registers (name, prefix, suffix, padding, next_number, created_at)
    values (?, ?, ?, ?, ?, ?)`);
  const created: string[] = [];
  const used: string[] = [];
  for (const row of rows) {
    const name = text(row.name);
    const numbers = seqs.get(id(row.id)) ?? [];
    const after = numbers.length > 0 ? Math.max(...numbers) + 1 : 1;
    const sameName = locals.filter((l) => foldVietnamese(l.name) === foldVietnamese(name));
    const usable = sameName.find((l) => Number(taken.get(l.id, JSON.stringify(numbers))) === 0);
    if (usable) {
      bump.run(after, usable.id);
      ids.set(id(row.id), usable.id);
      used.push(usable.name);
      continue;
    }
    const newName = sameName.length > 0 ? `${name}${IMPORTED_REGISTER_SUFFIX}` : name;
    const next = Math.max(Number(row.next_number ?? 1), after);
    const local = insert.run(
      newName,
      text(row.prefix),
      text(row.suffix),
      Number(row.padding ?? 0),
      next,
      now,
    );
    ids.set(id(row.id), Number(local.lastInsertRowid));
    created.push(newName);
  }
  return { created, used };
}

const sameBytes = (a: unknown, b: unknown): boolean =>
  a === null || a === undefined
    ? b === null || b === undefined
    : Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);

/**
 * Certificate templates: a shipped one is the local one when its design is the same; an
 * identical template of ours (name, body and both images) is reused; anything else comes in
 * as a new template of ours, with its version, so print records still name the right one.
 */
export function matchTemplates(live: BetterSqlite3.Database, rows: Row[], ids: IdMap, now: string): number {
  const shipped = live.prepare('select id, body from certificate_templates where builtin_key = ?');
  const same = live.prepare(
    'select id, background, emblem from certificate_templates where builtin_key is null and name = ? and body = ?',
  );
  const insert = live.prepare(`insert into certificate_templates
    (builtin_key, name, body, version, background, emblem, created_at, updated_at)
    values (null, ?, ?, ?, ?, ?, ?, ?)`);
  let created = 0;
  for (const row of rows) {
    if (typeof row.builtin_key === 'string') {
      const local = shipped.get(row.builtin_key) as { id: number; body: string } | undefined;
      if (local && local.body === row.body) {
        ids.set(id(row.id), local.id);
        continue;
      }
    }
    const candidates = same.all(text(row.name), text(row.body)) as Row[];
    const identical = candidates.find(
      (c) => sameBytes(c.background, row.background) && sameBytes(c.emblem, row.emblem),
    );
    if (identical) {
      ids.set(id(row.id), id(identical.id));
      continue;
    }
    const result = insert.run(
      text(row.name),
      text(row.body),
      Number(row.version ?? 1),
      row.background ?? null,
      row.emblem ?? null,
      now,
      now,
    );
    ids.set(id(row.id), Number(result.lastInsertRowid));
    created += 1;
  }
  return created;
}
