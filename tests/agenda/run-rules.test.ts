import { describe, expect, it } from 'vitest';
import { runState } from '../../src/shared/agenda';
import { RUN_REFUSALS, runTransition, type RunCommand, type RunItem } from '../../src/main/agenda/run';

const item = (id: number, actualStart: string | null = null, actualEnd: string | null = null): RunItem => ({
  id,
  actualStart,
  actualEnd,
});

/** Applies a transition's changes, as the handler does in its transaction. */
function apply(items: RunItem[], command: RunCommand, now: string): RunItem[] {
  const outcome = runTransition(items, command, now);
  if (!outcome.ok) throw new Error(outcome.reason);
  return items.map((i) => outcome.changes.find((c) => c.id === i.id) ?? i);
}

const currentCount = (items: RunItem[]) =>
  items.filter((i) => i.actualStart !== null && i.actualEnd === null).length;

describe('run-mode transitions', () => {
  it.each([
    ['start', [], RUN_REFUSALS.noItems],
    ['start', [item(1, 'a')], RUN_REFUSALS.alreadyRunning],
    ['start', [item(1, 'a', 'b'), item(2)], RUN_REFUSALS.alreadyRun],
    ['next', [item(1), item(2)], RUN_REFUSALS.notRunning],
    ['finish', [item(1, 'a', 'b')], RUN_REFUSALS.notRunning],
    ['previous', [item(1), item(2)], RUN_REFUSALS.notStarted],
    ['previous', [item(1, 'a'), item(2)], RUN_REFUSALS.atFirst],
  ] as [RunCommand, RunItem[], string][])('%s is refused in %j', (command, items, reason) => {
    expect(runTransition(items, command, 'now')).toEqual({ ok: false, reason });
  });

  it('walks the programme forward, one current item at a time, and ends after the last', () => {
    let items = [item(1), item(2), item(3)];
    items = apply(items, 'start', 't1');
    expect(items).toEqual([item(1, 't1'), item(2), item(3)]);
    items = apply(items, 'next', 't2');
    expect(items).toEqual([item(1, 't1', 't2'), item(2, 't2'), item(3)]);
    expect(currentCount(items)).toBe(1);
    items = apply(items, 'next', 't3');
    items = apply(items, 'next', 't4');
    expect(items).toEqual([item(1, 't1', 't2'), item(2, 't2', 't3'), item(3, 't3', 't4')]);
    expect(runState(items)).toBe('finished');
    expect(currentCount(items)).toBe(0);
  });

  it('going back clears the current item and continues the one before', () => {
    let items = apply(apply([item(1), item(2), item(3)], 'start', 't1'), 'next', 't2');
    items = apply(items, 'previous', 't3');
    expect(items).toEqual([item(1, 't1'), item(2), item(3)]);
    expect(currentCount(items)).toBe(1);
  });

  it('finish ends the current item; the rest keep no times; previous reopens it', () => {
    let items = apply([item(1), item(2), item(3)], 'start', 't1');
    items = apply(items, 'finish', 't2');
    expect(items).toEqual([item(1, 't1', 't2'), item(2), item(3)]);
    expect(runState(items)).toBe('finished');
    items = apply(items, 'previous', 't3');
    expect(items).toEqual([item(1, 't1'), item(2), item(3)]);
    expect(runState(items)).toBe('running');
  });

  it('keeps at most one current item over any sequence of commands', () => {
    const commands: RunCommand[] = ['start', 'next', 'previous', 'finish'];
    // Every sequence of 5 commands over 3 items (4^5 = 1024), refused ones skipped.
    for (let code = 0; code < 4 ** 5; code += 1) {
      let items = [item(1), item(2), item(3)];
      for (let step = 0, c = code; step < 5; step += 1, c = Math.floor(c / 4)) {
        const outcome = runTransition(items, commands[c % 4] ?? 'start', `t${step}`);
        if (outcome.ok) items = items.map((i) => outcome.changes.find((ch) => ch.id === i.id) ?? i);
        expect(currentCount(items)).toBeLessThanOrEqual(1);
        // Nothing after the current item has times of its own.
        const current = items.findIndex((i) => i.actualStart !== null && i.actualEnd === null);
        if (current >= 0) expect(items.slice(current + 1).every((i) => i.actualStart === null)).toBe(true);
      }
    }
  });
});
