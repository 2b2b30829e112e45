import type { Kysely } from 'kysely';
import type { RuleEntry, VotingRule } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import { claimRevision } from '../../db/revision';
import type { Database } from '../../db/schema';
import { findRule, insertRule, ruleRevision, updateRule } from './queries';
import { transact } from '../../db/transact';

/**
 * Saves a preset; without an id, a new one (a copy); with one, an edit of the preset as the
 * window last read it (`revision`). A rule decides who passes: its changes are logged like the
 * votes themselves.
 */
export function saveRule(
  db: Kysely<Database>,
  { id, revision }: { id: number | null; revision: number | null },
  rule: VotingRule,
  now: string,
): Promise<RuleEntry> {
  return transact(db, async (trx) => {
    if (id === null) {
      const created = await insertRule(trx, rule, now);
      await appendAudit(trx, now, {
        conferenceId: null,
        entity: 'rule',
        entityId: created.id,
        action: 'create',
        after: rule,
      });
      return { ...created, rule };
    }
    // The input schema asks for a revision whenever there is an id.
    await claimRevision(trx, 'voting_rules', id, revision ?? 0, 'quy tắc biểu quyết');
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
    return { id, revision: await ruleRevision(trx, id), rule };
  });
}
