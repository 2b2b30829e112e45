import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The copy of a record an edit form works on: the one it opened with, replaced only when the form
 * reloads it (after a refusal, or a restore). A list refreshed by another window's change does
 * not move it, so a save names the revision the person actually saw and a stale one is refused.
 * `fetchLatest` answers undefined when the record is gone; the old copy then stays.
 */
export function useEditedRecord<T>(opened: T, fetchLatest: () => Promise<T | undefined>) {
  const [record, setRecord] = useState(opened);
  const [reloaded, setReloaded] = useState(false);
  const reload = useCallback(async () => {
    try {
      const latest = await fetchLatest();
      if (latest === undefined) return;
      setRecord(latest);
      setReloaded(true);
    } catch {
      // The next save answers with what is wrong (a missing record, a closed database).
    }
  }, [fetchLatest]);
  /** `reloaded`: the copy is no longer the one the form opened with. */
  return { record, reload, reloaded };
}

/**
 * A ref for a form's buttons that scrolls them into view when `notice` appears or its `lines`
 * change: a notice shown above them pushes them down, off a 768-pixel-high screen.
 */
export function useKeptInView<E extends HTMLElement>(notice: unknown, lines = 0) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (notice) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [notice, lines]);
  return ref;
}

/** For the element with that ref: a page's buttons stop above the status bar, not under it. */
export const KEPT_IN_VIEW_STYLE = {
  scrollMarginBottom: 'calc(var(--app-shell-footer-offset, 0px) + var(--mantine-spacing-md))',
} as const;
