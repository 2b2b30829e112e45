import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, LANGUAGES, type Settings } from '../../shared/settings';
import type { Database } from '../db/schema';

type SettingKey = keyof Settings;

/**
 * Reads stored values over the defaults. A value that no longer fits its type (an edited or
 * older file) falls back to the default instead of breaking the app.
 */
export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      continue;
    }
    assign(settings, key as SettingKey, parsed);
  }
  return settings;
}

function assign(settings: Settings, key: SettingKey, value: unknown): void {
  switch (key) {
    case 'language':
      if (LANGUAGES.includes(value as Settings['language']))
        settings.language = value as Settings['language'];
      return;
    case 'openConferenceId':
      if (value === null || (typeof value === 'number' && Number.isInteger(value))) {
        settings.openConferenceId = value;
      }
      return;
    default:
      if (typeof value === 'string') settings[key] = value;
  }
}

export async function writeSettings(db: Kysely<Database>, changes: Partial<Settings>): Promise<void> {
  const rows = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, value: JSON.stringify(value) }));
  if (rows.length === 0) return;
  await db
    .insertInto('settings')
    .values(rows)
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}

/**
 * One stored text value on its own, '' when it is missing or unreadable: the operator name that
 * every audit row reads inside its transaction, and keys kept outside the settings form (the
 * backups folder).
 */
export async function readTextSetting(db: Kysely<Database>, key: string): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return '';
  try {
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export async function writeTextSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}
