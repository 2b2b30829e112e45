import type { Kysely } from 'kysely';
import { viSortKey } from '../../shared/collation';
import { foldVietnamese } from '../../shared/text';
import type { AwardCategory } from '../../shared/awards';
import type { Database } from '../db/schema';
import type { Row } from './rows';

/**
 * On import, the shared rows an archive carries (units, award forms, registers, certificate
 * templates) are matched with this installation's own, or created. Each function fills
 * `ids` (archived id → local id) and returns what it had to create.
 */

export type IdMap = Map<number, number>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const id = (value: unknown): number => Number(value);

/** Units by folded name; a missing one is created under its (matched or created) parent. */
export async function matchUnits(
  live: Kysely<Database>,
  rows: Row[],
  ids: IdMap,
  now: string,
): Promise<number> {
  const byId = new Map(rows.map((r) => [id(r.id), r]));
  let created = 0;
  const resolve = async (row: Row, depth: number): Promise<number> => {
    const known = ids.get(id(row.id));
    if (known !== undefined) return known;
    const name = text(row.name);
    const local = await live
      .selectFrom('units')
      .select('id')
      .where('name_folded', '=', foldVietnamese(name))
      .executeTakeFirst();
    let result = local?.id;
    if (result === undefined) {
      const parent = row.parent_id === null ? undefined : byId.get(id(row.parent_id));
      // A loop in the parents cannot come from a real database; cut it rather than recurse.
      const parentId = parent && depth < rows.length ? await resolve(parent, depth + 1) : null;
      const inserted = await live
        .insertInto('units')
        .values({
          name,
          name_folded: foldVietnamese(name),
          sort_key: viSortKey(name),
          parent_id: parentId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      result = inserted.id;
      created += 1;
    }
    ids.set(id(row.id), result);
    return result;
  };
  for (const row of rows) await resolve(row, 0);
  return created;
}

/** Award forms by folded name (the catalogue's own key); a missing one keeps its rank and aliases. */
export async function matchAwardForms(
  live: Kysely<Database>,
  rows: Row[],
  ids: IdMap,
  now: string,
): Promise<number> {
  let created = 0;
  for (const row of rows) {
    const name = text(row.name);
    const found = await live
      .selectFrom('award_forms')
      .select('id')
      .where('name_folded', '=', foldVietnamese(name))
      .executeTakeFirst();
    let local = found?.id;
    if (local === undefined) {
      const inserted = await live
        .insertInto('award_forms')
        .values({
          name,
          name_folded: foldVietnamese(name),
          category: text(row.category) as AwardCategory,
          issuer: text(row.issuer),
          rank: Number(row.rank ?? 0),
          aliases: text(row.aliases),
          active: Number(row.active ?? 1),
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      local = inserted.id;
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
export async function matchRegisters(
  live: Kysely<Database>,
  rows: Row[],
  awards: Row[],
  ids: IdMap,
  now: string,
): Promise<{ created: string[]; used: string[] }> {
  const seqs = new Map<number, number[]>();
  for (const award of awards) {
    if (award.register_id === null || award.register_seq === null) continue;
    const list = seqs.get(id(award.register_id)) ?? [];
    list.push(id(award.register_seq));
    seqs.set(id(award.register_id), list);
  }
  const locals = await live.selectFrom('registers').select(['id', 'name']).orderBy('id').execute();
  const created: string[] = [];
  const used: string[] = [];
  for (const row of rows) {
    const name = text(row.name);
    const numbers = seqs.get(id(row.id)) ?? [];
    const after = numbers.length > 0 ? Math.max(...numbers) + 1 : 1;
    const sameName = locals.filter((l) => foldVietnamese(l.name) === foldVietnamese(name));
    let usable: (typeof locals)[number] | undefined;
    for (const local of sameName) {
      if (!(await anyTaken(live, local.id, numbers))) {
        usable = local;
        break;
      }
    }
    if (usable) {
      // Never back: numbers already given in this register stay below the next one.
      await live
        .updateTable('registers')
        .set({ next_number: after })
        .where('id', '=', usable.id)
        .where('next_number', '<', after)
        .execute();
      ids.set(id(row.id), usable.id);
      used.push(usable.name);
      continue;
    }
    const newName = sameName.length > 0 ? `${name}${IMPORTED_REGISTER_SUFFIX}` : name;
    const inserted = await live
      .insertInto('registers')
      .values({
        name: newName,
        prefix: text(row.prefix),
        suffix: text(row.suffix),
        padding: Number(row.padding ?? 0),
        next_number: Math.max(Number(row.next_number ?? 1), after),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(id(row.id), inserted.id);
    created.push(newName);
  }
  return { created, used };
}

// Bound values per statement, well under every engine's limit.
const NUMBERS_PER_QUERY = 5000;

/** Whether any of the running numbers is already given in the register. */
async function anyTaken(live: Kysely<Database>, registerId: number, numbers: number[]): Promise<boolean> {
  for (let start = 0; start < numbers.length; start += NUMBERS_PER_QUERY) {
    const found = await live
      .selectFrom('decision_awards')
      .select('id')
      .where('register_id', '=', registerId)
      .where('register_seq', 'in', numbers.slice(start, start + NUMBERS_PER_QUERY))
      .limit(1)
      .executeTakeFirst();
    if (found) return true;
  }
  return false;
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
export async function matchTemplates(
  live: Kysely<Database>,
  rows: Row[],
  ids: IdMap,
  now: string,
): Promise<number> {
  let created = 0;
  for (const row of rows) {
    if (typeof row.builtin_key === 'string') {
      const local = await live
        .selectFrom('certificate_templates')
        .select(['id', 'body'])
        .where('builtin_key', '=', row.builtin_key)
        .executeTakeFirst();
      if (local && local.body === row.body) {
        ids.set(id(row.id), local.id);
        continue;
      }
    }
    const candidates = await live
      .selectFrom('certificate_templates')
      .select(['id', 'background', 'emblem'])
      .where('builtin_key', 'is', null)
      .where('name', '=', text(row.name))
      .where('body', '=', text(row.body))
      .execute();
    const identical = candidates.find(
      (c) => sameBytes(c.background, row.background) && sameBytes(c.emblem, row.emblem),
    );
    if (identical) {
      ids.set(id(row.id), identical.id);
      continue;
    }
    const inserted = await live
      .insertInto('certificate_templates')
      .values({
        builtin_key: null,
        name: text(row.name),
        body: text(row.body),
        version: Number(row.version ?? 1),
        background: (row.background as Buffer | null | undefined) ?? null,
        emblem: (row.emblem as Buffer | null | undefined) ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(id(row.id), inserted.id);
    created += 1;
  }
  return created;
}
