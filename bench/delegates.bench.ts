import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { delegateColumns } from '../src/main/delegates/queries';
import { delegateValues } from '../src/shared/delegates';
import { foldVietnamese } from '../src/shared/text';
import { personAt } from './generate';
import { defineBenchmark, timeMs, type Benchmark } from './types';

interface Desk {
  dir: string;
  core: Core;
  conferenceId: number;
  queries: string[];
}

const DELEGATES = 5_000;
/** Delegates whose names are typed, letter by letter, in each run. */
const TYPED = 200;
const GROUPS = ['Khách mời', 'Đại biểu Thị ủy', 'Đại biểu cơ sở', 'Điển hình tiên tiến'];

/** 5,000 delegates with realistic names (repeats included, as in real lists), written straight to SQLite. */
async function fillDesk(): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const created = await core.dispatch('conferences.createSample', {});
  if (!created.ok) throw new Error(created.error.message);
  const conferenceId = (created.value as { id: number }).id;
  const now = new Date().toISOString();
  const { db } = core.context.store;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < DELEGATES; i++) {
      const p = personAt(i * 7);
      const values = delegateValues.parse({
        honorific: i % 2 === 0 ? 'ong' : 'ba',
        fullName: p.fullName.replace(/ \d+$/, ''),
        title: p.position,
        unitName: p.unitName,
        groupName: GROUPS[i % GROUPS.length],
        seat: `${String.fromCharCode(65 + (i % 20))}${Math.floor(i / 20) + 1}`,
        badge: String(i + 1).padStart(4, '0'),
      });
      await trx
        .insertInto('delegates')
        .values({
          conference_id: conferenceId,
          ...delegateColumns(values),
          source_file: '',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });
  // What the desk types: the first 1..6 letters of a name as typed without marks, the given
  // name for some, and badge numbers (a scanner) for others.
  const queries: string[] = [];
  for (let i = 0; i < TYPED; i++) {
    const name = foldVietnamese(personAt(((i * 7919) % DELEGATES) * 7).fullName.replace(/ \d+$/, ''));
    const given = name.split(' ').at(-1) ?? name;
    const typed = i % 3 === 0 ? given : name;
    for (let k = 1; k <= 6; k++) queries.push(typed.slice(0, k));
    if (i % 10 === 0) queries.push(String((i * 37) % DELEGATES).padStart(4, '0'));
  }
  return { dir, core, conferenceId, queries };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const delegateBenchmarks: Benchmark[] = [
  defineBenchmark<Desk>({
    name: 'checkin_search_5k_ms',
    unit: 'ms',
    setup: fillDesk,
    // One run types every query once; its figure is the 95th percentile of those searches.
    run: async ({ core, conferenceId, queries }) => {
      const times: number[] = [];
      for (const query of queries) {
        times.push(
          await timeMs(async () => {
            const result = await core.dispatch('delegates.search', { conferenceId, query });
            if (!result.ok) throw new Error(result.error.message);
          }),
        );
      }
      return percentile(times, 95);
    },
    teardown: async ({ dir, core }) => {
      await core.close();
      await removeBenchData(dir);
    },
  }),
];
