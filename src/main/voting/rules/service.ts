import type { Kysely } from 'kysely';
import type { RuleEntry, VotingRule } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import type { Database } from '../../db/schema';
import { findRule, insertRule, updateRule } from './queries';

/**
 * Saves a preset; without an id, a new one (a copy). A rule decides who passes: its changes are
 * logged like the votes themselves.
 */
export function saveRule(
  db: Kysely<Database>,
  id: number | null,
  rule: VotingRule,
  now: string,
): Promise<RuleEntry> {
  return db.transaction().execute(async (trx) => {
    if (id === null) {
      const created = await insertRule(trx, rule, now);
      await appendAudit(trx, now, {
        conferenceId: null,
        entity: 'rule',
        entityId: created,
        action: 'create',
        after: rule,
      });
      return { id: created, rule };
    }
    const before = await findRule(trx, id);
    if (!before) throw notFound(`quy tắc biểu quyết #${id}`);
    await updateRule(trx, id, rule, now);
    await appendAudit(trx, now, {
      conferenceId: null,
      entity: 'rule',
      entityId: id,
      action: 'update',
      before,
      after: rule,
    });
    return { id, rule };
  });
}
