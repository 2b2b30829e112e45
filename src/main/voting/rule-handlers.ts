import type { VotingRule } from '../../shared/voting';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** Voting rule presets: listed, edited and copied (a copy is a save without an id). */
export function ruleHandlers(ctx: CoreContext): Pick<Handlers, 'rules.list' | 'rules.save'> {
  const { db } = ctx.store;
  return {
    'rules.list': async () => {
      const rows = await db.selectFrom('voting_rules').select(['id', 'rule']).orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, rule: JSON.parse(r.rule) as VotingRule }));
    },
    'rules.save': async ({ id, rule }) => {
      const now = ctx.now().toISOString();
      const json = JSON.stringify(rule);
      if (id === null) {
        const row = await db
          .insertInto('voting_rules')
          .values({ name: rule.name, rule: json, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { id: row.id, rule };
      }
      const result = await db
        .updateTable('voting_rules')
        .set({ name: rule.name, rule: json, updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound(`quy tắc biểu quyết #${id}`);
      return { id, rule };
    },
  };
}
