import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { ruleMethods } from '../../../shared/api/contract-rules';
import { listRules } from './queries';
import { saveRule } from './service';

/** Voting rule presets: listed, edited and copied (a copy is a save without an id). */
export function ruleHandlers(ctx: CoreContext): HandlersOf<typeof ruleMethods> {
  const { db } = ctx.store;
  return {
    'rules.list': () => listRules(db),
    'rules.save': ({ id, revision, rule }) => saveRule(db, { id, revision }, rule, ctx.now().toISOString()),
  };
}
