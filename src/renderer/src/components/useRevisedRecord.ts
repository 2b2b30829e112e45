import { useCallback, useState } from 'react';
import { useRecordGuard, type RecordGuard } from './RecordGuard';

export interface RevisedRecord<T> {
  guard: RecordGuard;
  /** The revision a save names: the one the form opened on, until the person sees a newer copy. */
  revision: number;
  /** The copy reloaded after a conflict or a restore, to say what changed; null before. */
  latest: T | null;
}

/**
 * The revision an edit form is based on. Lists refresh on every change event, so the revision
 * of the live list would silently take in another window's edit; the form keeps the one it
 * opened on and moves to a newer one only when the guard reloads it for the person to see.
 */
export function useRevisedRecord<T extends { revision: number }>(
  opened: T | null,
  reload: () => Promise<T | null>,
): RevisedRecord<T> {
  const [revision, setRevision] = useState(opened?.revision ?? 0);
  const [latest, setLatest] = useState<T | null>(null);
  const refresh = useCallback(async () => {
    // A record gone meanwhile reloads as nothing: the next save says it is not found.
    const fresh = await reload().catch(() => null);
    if (!fresh) return;
    setRevision(fresh.revision);
    setLatest(fresh);
  }, [reload]);
  const guard = useRecordGuard(refresh);
  return { guard, revision, latest };
}
