import { useCallback } from 'react';
import { useEditedRecord } from './useEditedRecord';
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
  // A record gone meanwhile reloads as nothing: the old copy stays, the next save says why.
  const fetchLatest = useCallback(async () => (await reload()) ?? undefined, [reload]);
  const edited = useEditedRecord(opened, fetchLatest);
  const guard = useRecordGuard(edited.reload);
  return { guard, revision: edited.record?.revision ?? 0, latest: edited.reloaded ? edited.record : null };
}
