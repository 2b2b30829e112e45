import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src/main/app/create-core';
import { benchCore, finishSeeding, insertRows, removeBenchData } from './engine';
import { derivedColumns } from '../src/main/nominees/derive';
import { resolveUnit } from '../src/main/units/queries';
import { personAt, officialList } from './generate';
import { defineBenchmark, timeMs } from './types';
import { rawSqlite } from '../src/main/db/open';
import { ftsQuery, searchPhrases, TRIGRAM } from '../src/main/db/search';
import { searchWords } from '../src/main/nominees/derive';
import { floorImport } from './import-floor';

interface Filled {
  dir: string;
  core: Core;
  conferenceId: number;
}

/** A data folder with `count` nominees in one conference, written straight into the store (not measured). */
export async function filledCore(
  count: number,
  dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-')),
): Promise<Filled> {
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const created = await core.dispatch('conferences.createSample', {});
  if (!created.ok) throw new Error(created.error.message);
  const conferenceId = (created.value as { id: number }).id;
  const { store } = core.context;
  const now = new Date().toISOString();
  const units = new Map<string, number>();
  for (let i = 0; i < 7; i++) {
    const name = personAt(i * 3).unitName;
    const unit = await resolveUnit(store.db, name, now);
    if (unit) units.set(name, unit.id);
  }
  const rows = Array.from({ length: count }, (_, i) => {
    const p = personAt(i);
    const unitId = units.get(p.unitName) ?? null;
    const d = derivedColumns({ kind: 'ca_nhan', ...p, unitId });
    return {
      conference_id: conferenceId,
      kind: 'ca_nhan' as const,
      full_name: p.fullName,
      position: p.position,
      unit_id: unitId,
      achievement: p.achievement,
      status: 'de_nghi' as const,
      notes: '',
      birth: '',
      source_file: '',
      search_folded: d.search_folded,
      person_key: d.person_key,
      name_sort: d.name_sort,
      position_sort: d.position_sort,
      created_at: now,
      updated_at: now,
    };
  });
  await insertRows(store, 'nominees', rows);
  await finishSeeding(store);
  return { dir, core, conferenceId };
}

const SEARCHES = [
  'dinh thi thom',
  'nguyen van',
  'cuong',
  'cong an',
  'bi thu chi bo',
  'ky hoa',
  'hieu 1',
  'xyz khong co',
  'tam',
  'phuong',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The bare trigram lookup of a search: every matching rowid, nothing joined, counted or sorted. */
function bareLookup(core: Core, search: string): number {
  const phrases = searchPhrases(searchWords(search)).filter((p) => p.length >= TRIGRAM);
  if (phrases.length === 0) return 0;
  return rawSqlite(core.context.store)
    .prepare('select rowid from nominee_search where nominee_search match ?')
    .raw()
    .all(ftsQuery(phrases)).length;
}

/**
 * 50 searches through the dispatcher, a page of 200 in `sort` order with its counts, as the
 * nominees page asks for them; the figure is their p95.
 */
function searchBenchmark(name: string, sort: 'name' | 'kind', group: string) {
  return defineBenchmark<Filled>({
    name,
    group,
    unit: 'ms',
    setup: () => filledCore(100_000),
    run: async ({ core, conferenceId }) => {
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const search = SEARCHES[i % SEARCHES.length] ?? '';
        times.push(
          await timeMs(async () => {
            const result = await core.dispatch('nominees.list', { conferenceId, search, sort, limit: 200 });
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
  });
}

async function freshCore(): Promise<{ dir: string; core: Core; conferenceId: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const conference = await core.dispatch('conferences.createSample', {});
  if (!conference.ok) throw new Error(conference.error.message);
  return { dir, core, conferenceId: (conference.value as { id: number }).id };
}

export const nomineeBenchmarks = [
  searchBenchmark('search_100k_p95_ms', 'name', 'search_100k'),
  // The nominees page's own order: by section (collectives, individuals, households), then name.
  // A group of its own, so that each runs with one 100k list on the engine, as an office holds it.
  searchBenchmark('search_100k_by_section_p95_ms', 'kind', 'search_100k_by_section'),
  defineBenchmark<Filled>({
    name: 'search_100k_floor_ms',
    group: 'search_100k',
    unit: 'ms',
    sqliteOnly: "SQLite's FTS5 trigram table read through better-sqlite3",
    setup: () => filledCore(100_000),
    // The same 50 searches as the trigram index alone answers them (the rowids, nothing more); p95.
    run: ({ core }) => {
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const start = performance.now();
        bareLookup(core, SEARCHES[i % SEARCHES.length] ?? '');
        times.push(performance.now() - start);
      }
      return Promise.resolve(percentile(times, 95));
    },
    teardown: async ({ dir, core }) => {
      await core.close();
      await removeBenchData(dir);
    },
  }),
  defineBenchmark<{ file: string }>({
    name: 'import_10k_floor_ms',
    group: 'import_10k',
    unit: 'ms',
    sqliteOnly: "better-sqlite3's prepared INSERT per row",
    setup: async () => ({ file: (await officialList(10_000)).toString('base64') }),
    run: async ({ file }) => {
      const { dir, core, conferenceId } = await freshCore();
      try {
        return await timeMs(async () => {
          if ((await floorImport(core, conferenceId, file)) !== 10_000)
            throw new Error('not every row was read');
        });
      } finally {
        await core.close();
        await removeBenchData(dir);
      }
    },
  }),
  defineBenchmark<{ file: string }>({
    name: 'import_10k_rows_ms',
    group: 'import_10k',
    unit: 'ms',
    setup: async () => ({ file: (await officialList(10_000)).toString('base64') }),
    // Preview and commit of the whole list into a fresh installation, as from the import page.
    run: async ({ file }) => {
      const { dir, core, conferenceId } = await freshCore();
      try {
        return await timeMs(async () => {
          const preview = await core.dispatch('imports.open', {
            conferenceId,
            fileName: 'bench.xlsx',
            contentBase64: file,
          });
          if (!preview.ok) throw new Error(preview.error.message);
          const importId = (preview.value as { importId: string }).importId;
          const commit = await core.dispatch('imports.commit', { importId });
          if (!commit.ok) throw new Error(commit.error.message);
          if ((commit.value as { created: number }).created !== 10_000)
            throw new Error('not every row was written');
        });
      } finally {
        await core.close();
        await removeBenchData(dir);
      }
    },
  }),
];
