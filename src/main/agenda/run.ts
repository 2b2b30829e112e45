import { runState, type RunTimes } from '../../shared/agenda';

/**
 * Run mode as pure transitions over the programme in order. The RULE other parts read from the
 * table: the current item is the one started and not ended; there is at most one; run mode is
 * over when nothing is current. Every transition returns the rows to write (all in one
 * transaction) or the reason it is refused.
 */

export type RunCommand = 'start' | 'next' | 'previous' | 'finish';

export interface RunItem extends RunTimes {
  id: number;
}

export interface RunChange {
  id: number;
  actualStart: string | null;
  actualEnd: string | null;
}

export type RunOutcome = { ok: true; changes: RunChange[] } | { ok: false; reason: string };

export const RUN_REFUSALS = {
  noItems:
    'Chương trình hội nghị chưa có mục nào. Hãy thêm các mục (khai mạc, báo cáo, tham luận, …) trước khi bắt đầu điều hành.',
  alreadyRunning: 'Chương trình đang được điều hành; không thể bắt đầu lại.',
  alreadyRun:
    'Chương trình đã được điều hành. Muốn điều hành lại từ đầu, hãy đặt lại giờ thực tế trước (các giờ đã ghi sẽ bị xóa).',
  notRunning: 'Chương trình chưa bắt đầu điều hành hoặc đã kết thúc.',
  notStarted: 'Chương trình chưa bắt đầu điều hành.',
  atFirst: 'Đang ở mục đầu tiên của chương trình; không còn mục nào trước đó.',
} as const;

const refuse = (reason: string): RunOutcome => ({ ok: false, reason });
const change = (item: RunItem, times: Partial<RunTimes>): RunChange => ({
  id: item.id,
  actualStart: times.actualStart === undefined ? item.actualStart : times.actualStart,
  actualEnd: times.actualEnd === undefined ? item.actualEnd : times.actualEnd,
});

export function runTransition(items: readonly RunItem[], command: RunCommand, now: string): RunOutcome {
  const state = runState(items);
  const currentIndex = items.findIndex((i) => i.actualStart !== null && i.actualEnd === null);
  const current = items[currentIndex];

  switch (command) {
    case 'start': {
      const first = items[0];
      if (!first) return refuse(RUN_REFUSALS.noItems);
      if (state === 'running') return refuse(RUN_REFUSALS.alreadyRunning);
      if (state === 'finished') return refuse(RUN_REFUSALS.alreadyRun);
      return { ok: true, changes: [change(first, { actualStart: now, actualEnd: null })] };
    }
    case 'next': {
      if (!current) return refuse(RUN_REFUSALS.notRunning);
      const changes = [change(current, { actualEnd: now })];
      const following = items[currentIndex + 1];
      if (following) changes.push(change(following, { actualStart: now, actualEnd: null }));
      return { ok: true, changes };
    }
    case 'finish': {
      if (!current) return refuse(RUN_REFUSALS.notRunning);
      return { ok: true, changes: [change(current, { actualEnd: now })] };
    }
    case 'previous': {
      if (state === 'idle') return refuse(RUN_REFUSALS.notStarted);
      if (!current) {
        // After the end: the last item that ran continues, as if its end was pressed by mistake.
        const last = items.findLast((i) => i.actualStart !== null);
        return last
          ? { ok: true, changes: [change(last, { actualEnd: null })] }
          : refuse(RUN_REFUSALS.notStarted);
      }
      const before = items[currentIndex - 1];
      if (!before) return refuse(RUN_REFUSALS.atFirst);
      // The current item has not really been held: it loses its times; the one before continues.
      return {
        ok: true,
        changes: [
          change(current, { actualStart: null, actualEnd: null }),
          change(before, { actualStart: before.actualStart ?? now, actualEnd: null }),
        ],
      };
    }
  }
}
