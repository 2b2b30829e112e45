import { z } from 'zod';

/**
 * Why a copy was taken; the word is part of the file name (hoi-nghi-<reason>-<stamp>.sqlite),
 * so a secretariat browsing the folder can read it too.
 */
export const BACKUP_REASONS = [
  'khoi-dong',
  'dinh-ky',
  'khi-dong',
  'thu-cong',
  'truoc-khoi-phuc',
  'truoc-nang-cap',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A backup file name as the app writes it: only these are listed, inspected or restored. */
export const BACKUP_NAME_PATTERN =
  /^hoi-nghi-(khoi-dong|dinh-ky|khi-dong|thu-cong|truoc-khoi-phuc|truoc-nang-cap)-(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3})(?:-(\d{1,3}))?\.sqlite$/;

export const backupRecord = z.object({
  name: z
    .string()
    .describe(
      'File name inside the backups folder, e.g. "hoi-nghi-thu-cong-2026-11-21_09-30-05-123.sqlite".',
    ),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string().describe('ISO date and time the copy was taken (from its name).'),
  size: z.number().int().describe('Size in bytes.'),
});
export type BackupRecord = z.infer<typeof backupRecord>;

export const backupListRecord = z.object({
  folder: z.string().describe('The folder the backups are written to.'),
  isDefault: z.boolean().describe('True when the folder is the default one beside the data file.'),
  canChooseFolder: z.boolean().describe('True when the shell has a folder picker (the desktop app).'),
  backups: z.array(backupRecord).describe('Newest first.'),
  fallback: z
    .object({
      folder: z.string().describe('The chosen folder that could not be written (a USB drive pulled out).'),
      writtenTo: z.string().describe('The default folder the copy went to instead.'),
      at: z.string().describe('ISO date and time of that copy.'),
    })
    .nullable()
    .describe(
      'Set when the last automatic backup could not reach the chosen folder and went to the default ' +
        'folder; null again once a copy reaches the chosen folder or the folder is changed.',
    ),
  server: z
    .object({
      url: z.string().describe('The PostgreSQL server and database, without the password.'),
      database: z.string().describe('The database name, for the pg_dump command shown.'),
    })
    .nullable()
    .describe(
      'Set when the data lives on a PostgreSQL server: the app takes no copies of its own then; the ' +
        "server's own backups (pg_dump) apply, and the page says how.",
    ),
});
export type BackupList = z.infer<typeof backupListRecord>;

export const backupNameInput = z.object({
  name: z
    .string({ error: 'required' })
    .max(120, 'tooLong')
    .regex(BACKUP_NAME_PATTERN, 'invalid')
    .describe('A name from backups.list; anything else (a path, "..") is refused.'),
});

export const backupConferenceRecord = z.object({
  id: z.number().int(),
  title: z.string(),
  startsAt: z.string(),
  nominees: z.number().int().describe('Nominees not deleted.'),
  polls: z.number().int(),
  decisions: z.number().int(),
});

export const backupContentsRecord = backupRecord.extend({
  schemaVersion: z.string().describe('Name of the last migration the copy had.'),
  needsUpgrade: z.boolean().describe('True when restoring will first migrate the copy to this version.'),
  conferences: z.array(backupConferenceRecord),
});
export type BackupContents = z.infer<typeof backupContentsRecord>;

export const restoreResultRecord = z.object({
  restored: z.string().describe('The backup that is now the data.'),
  undoName: z.string().describe('The copy of the state before the restore: restore it to undo.'),
});
export type RestoreResult = z.infer<typeof restoreResultRecord>;

export const backupFolderInput = z.object({
  folder: z
    .string({ error: 'required' })
    .max(1000, 'tooLong')
    .transform((value) => value.trim())
    .describe('An absolute folder path; "" goes back to the default folder.'),
});

export const chosenFolderRecord = z.object({
  folder: z.string().nullable().describe('The folder picked, or null when the user cancelled.'),
});
