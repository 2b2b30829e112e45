import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { importMethods } from '../../shared/api/contract-imports';
import { commitImport } from './commit-service';
import { openImport, openSession, remapImport } from './preview';
import { ImportSessions } from './sessions';

type ImportHandlers = HandlersOf<typeof importMethods>;

/** `sessions` holds the opened files between preview and commit; the app always starts empty. */
export function importHandlers(ctx: CoreContext, sessions = new ImportSessions()): ImportHandlers {
  const { db } = ctx.store;
  /** Sessions being written, so a second click cannot write the same rows twice. */
  const committing = new Set<string>();

  return {
    'imports.open': (input) => openImport(db, sessions, input),

    'imports.remap': async ({ importId, ...change }) =>
      remapImport(db, openSession(sessions, importId), change),

    'imports.commit': async ({ importId, ...choice }) => {
      const session = openSession(sessions, importId);
      const result = await commitImport(ctx, session, choice, committing);
      sessions.delete(importId);
      ctx.events.emit({ type: 'nominees.changed', conferenceId: session.conferenceId });
      return result;
    },
  };
}
