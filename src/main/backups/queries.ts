import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { readTextSetting, writeTextSetting } from '../settings/queries';

/** The chosen folder lives in the settings table under its own key, outside the user settings form. */
const FOLDER_KEY = 'backupsDir';

/** The chosen backups folder, or "" for the default (also when the stored value is unreadable). */
export function readBackupsFolder(db: Kysely<Database>): Promise<string> {
  return readTextSetting(db, FOLDER_KEY);
}

export function writeBackupsFolder(db: Kysely<Database>, folder: string): Promise<void> {
  return writeTextSetting(db, FOLDER_KEY, folder);
}
