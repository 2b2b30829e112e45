import type { VotingRule } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { ruleMethods } from '../../../shared/api/contract-rules';

/** Voting rule presets: listed, edited and copied (a copy is a save without an id). */
export function ruleHandlers(ctx: CoreContext): HandlersOf<typeof ruleMethods> {
  const { db } = ctx.store;
  return {
    'rules.list': async () => {
      const rows = await db.selectFrom('voting_rules').select(['id', 'rule']).orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, rule: JSON.parse(r.rule) as VotingRule }));
    },
    // A rule decides who passes: its changes are logged like the votes themselves.
    'rules.save': ({ id, rule }) =>
      db.transaction().execute(async (trx) => {
        const now = ctx.now().toISOString();
        const json = JSON.stringify(rule);
        if (id === null) {
          const row = await trx
            .insertInto('voting_rules')
            .values({ name: rule.name, rule: json, created_at: now, updated_at: now })
            .returning('id')
            .executeTakeFirstOrThrow();
          await appendAudit(trx, now, {
            conferenceId: null,
            entity: 'rule',
            entityId: row.id,
            action: 'create',
            after: rule,
          });
          return { id: row.id, rule };
        }
        const before = await trx
          .selectFrom('voting_rules')
          .select('rule')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!before) throw notFound(`quy tắc biểu quyết #${id}`);
        await trx
          .updateTable('voting_rules')
          .set({ name: rule.name, rule: json, updated_at: now })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, now, {
          conferenceId: null,
          entity: 'rule',
          entityId: id,
          action: 'update',
          before: JSON.parse(before.rule) as VotingRule,
          after: rule,
        });
        return { id, rule };
      }),
  };
}
