import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupReason, type BackupRecord } from '../../shared/backups';
import { backupStamp } from '../db/backup';

/** The name a backup taken now gets; `attempt` > 0 when a copy of the same millisecond exists. */
export function backupFileName(reason: BackupReason, now: Date, attempt = 0): string {
  return `hoi-nghi-${reason}-${backupStamp(now)}${attempt > 0 ? `-${attempt}` : ''}.sqlite`;
}

/** Reason and time read back from a name, or null for any other file. */
export function parseBackupName(name: string): { reason: BackupReason; createdAt: Date } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [date, time] = (match[2] ?? '').split('_') as [string, string];
  const [h, m, s, ms] = time.split('-');
  const createdAt = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { reason: match[1] as BackupReason, createdAt };
}

/** The app's backups in a folder, newest first; other files (and half-written copies) are ignored. */
export function listBackupFiles(folder: string): BackupRecord[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const records: BackupRecord[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      // lstat: a symbolic link named like a backup may point anywhere (the live file, another
      // user's data), and restoring or inspecting it would read what the app never wrote.
      const stat = lstatSync(join(folder, name));
      if (!stat.isFile()) continue;
      records.push({
        name,
        reason: parsed.reason,
        createdAt: parsed.createdAt.toISOString(),
        size: stat.size,
      });
    } catch {
      // Removed between the listing and the stat: not a backup any more.
    }
  }
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
