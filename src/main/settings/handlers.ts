import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { settingsMethods } from '../../shared/api/contract-settings';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import { readSettings, writeSettings } from './queries';

export function settingsHandlers(ctx: CoreContext): HandlersOf<typeof settingsMethods> {
  const { db } = ctx.store;
  return {
    'settings.get': () => readSettings(db),
    'settings.update': async (changes) => {
      const id = changes.openConferenceId;
      if (typeof id === 'number' && !(await findConference(db, id))) {
        throw notFound(`hội nghị #${id}`);
      }
      await writeSettings(db, changes);
      ctx.events.emit({ type: 'settings.changed' });
      return readSettings(db);
    },
  };
}
