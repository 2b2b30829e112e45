import { useCallback, useState } from 'react';
import type { TemplateBody } from '../../../shared/certificates';

interface HistoryState {
  past: TemplateBody[];
  present: TemplateBody;
  future: TemplateBody[];
  /** The last edit's merge key and time: a drag or a run of keystrokes is one undo step. */
  lastKey: string | null;
  lastAt: number;
}

const LIMIT = 200;
const MERGE_WINDOW_MS = 1_000;

export interface BodyHistory {
  body: TemplateBody;
  canUndo: boolean;
  canRedo: boolean;
  /** Changes the body; edits with the same mergeKey within a second become one undo step. */
  edit: (update: (body: TemplateBody) => TemplateBody, mergeKey?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Starts over from a body (a template loaded or copied), forgetting the history. */
  reset: (body: TemplateBody) => void;
}

/** A simple stack of whole bodies: they are small, and undo must restore every field at once. */
export function useBodyHistory(initial: TemplateBody): BodyHistory {
  const [state, setState] = useState<HistoryState>({
    past: [],
    present: initial,
    future: [],
    lastKey: null,
    lastAt: 0,
  });

  const edit = useCallback((update: (body: TemplateBody) => TemplateBody, mergeKey?: string) => {
    setState((s) => {
      const next = update(s.present);
      if (next === s.present) return s;
      const now = Date.now();
      // A drag's key is unique to that drag, so it merges however slowly the mouse moves.
      const merge =
        mergeKey !== undefined &&
        mergeKey === s.lastKey &&
        (mergeKey.startsWith('drag:') || now - s.lastAt < MERGE_WINDOW_MS);
      return {
        past: merge ? s.past : [...s.past, s.present].slice(-LIMIT),
        present: next,
        future: [],
        lastKey: mergeKey ?? null,
        lastAt: now,
      };
    });
  }, []);

  const undo = useCallback(() => {
    setState((s) => {
      const previous = s.past.at(-1);
      if (!previous) return s;
      return {
        past: s.past.slice(0, -1),
        present: previous,
        future: [s.present, ...s.future],
        lastKey: null,
        lastAt: 0,
      };
    });
  }, []);

  const redo = useCallback(() => {
    setState((s) => {
      const [next, ...rest] = s.future;
      if (!next) return s;
      return { past: [...s.past, s.present], present: next, future: rest, lastKey: null, lastAt: 0 };
    });
  }, []);

  const reset = useCallback((body: TemplateBody) => {
    setState({ past: [], present: body, future: [], lastKey: null, lastAt: 0 });
  }, []);

  return {
    body: state.present,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    edit,
    undo,
    redo,
    reset,
  };
}
