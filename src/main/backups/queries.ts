import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The chosen folder lives in the settings table under its own key, outside the user settings form. */
const FOLDER_KEY = 'backupsDir';

/** The chosen backups folder, or "" for the default (also when the stored value is unreadable). */
export async function readBackupsFolder(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', FOLDER_KEY)
    .executeTakeFirst();
  if (!row) return '';
  try {
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export async function writeBackupsFolder(db: Kysely<Database>, folder: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: FOLDER_KEY, value: JSON.stringify(folder) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(folder) }))
    .execute();
}
