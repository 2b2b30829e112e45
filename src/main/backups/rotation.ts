import type { BackupReason } from '../../shared/backups';

export interface BackupEntry {
  name: string;
  reason: BackupReason;
  createdAt: Date;
}

export interface RotationPolicy {
  /** The newest copies kept whatever their age. */
  keepLast: number;
  /** For this many calendar days (today included), the newest copy of each day is kept. */
  keepDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepLast: 20, keepDays: 30 };

const DAY_MS = 86_400_000;

/** Days since the epoch of the laptop's local calendar day, so "per day" means the user's day. */
function localDay(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/**
 * The names to keep: the newest `keepLast`, the newest of each of the last `keepDays` days, and
 * always the newest pre-restore copy, which is what undoing the last restore needs.
 */
export function chooseBackupsToKeep(
  list: readonly BackupEntry[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...list].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name),
  );
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((entry) => entry.name));
  const today = localDay(now);
  const daysSeen = new Set<number>();
  for (const entry of newestFirst) {
    const day = localDay(entry.createdAt);
    if (today - day >= policy.keepDays || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(entry.name);
  }
  const undo = newestFirst.find((entry) => entry.reason === 'truoc-khoi-phuc');
  if (undo) keep.add(undo.name);
  return keep;
}
