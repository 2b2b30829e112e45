import type { Kysely } from 'kysely';
import type { RuleEntry, VotingRule } from '../../../shared/voting';
import type { Database } from '../../db/schema';

export async function listRules(db: Kysely<Database>): Promise<RuleEntry[]> {
  const rows = await db.selectFrom('voting_rules').select(['id', 'revision', 'rule']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, revision: r.revision, rule: JSON.parse(r.rule) as VotingRule }));
}

/** The stored rule, or null when there is no such preset. */
export async function findRule(db: Kysely<Database>, id: number): Promise<VotingRule | null> {
  const row = await db.selectFrom('voting_rules').select('rule').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.rule) as VotingRule) : null;
}

export function insertRule(
  db: Kysely<Database>,
  rule: VotingRule,
  now: string,
): Promise<{ id: number; revision: number }> {
  return db
    .insertInto('voting_rules')
    .values({ name: rule.name, rule: JSON.stringify(rule), created_at: now, updated_at: now })
    .returning(['id', 'revision'])
    .executeTakeFirstOrThrow();
}

export async function ruleRevision(db: Kysely<Database>, id: number): Promise<number> {
  const row = await db
    .selectFrom('voting_rules')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.revision;
}

export async function updateRule(
  db: Kysely<Database>,
  id: number,
  rule: VotingRule,
  now: string,
): Promise<void> {
  await db
    .updateTable('voting_rules')
    .set({ name: rule.name, rule: JSON.stringify(rule), updated_at: now })
    .where('id', '=', id)
    .execute();
}
