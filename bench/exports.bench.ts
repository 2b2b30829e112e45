import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { NomineeKind } from '../src/shared/nominees';
import { derivedColumns } from '../src/main/nominees/derive';
import { resolveUnit } from '../src/main/units/queries';
import type { ExportRun } from './exports-child';
import { personAt } from './generate';
import { defineBenchmark } from './types';
import { benchCore, benchDatabaseUrl, finishSeeding, insertRows } from './engine';

/**
 * The Excel honoree list as a user makes it: a data folder holding a conference with N approved
 * honorees (collectives, individuals, households, several award forms), and for each run a
 * fresh Node process that opens the core on it and exports the list (both sheets), timing the
 * dispatch and reporting the process's peak memory.
 */

const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const CHILD = join(BENCH_DIR, 'exports-child.ts');
const run = promisify(execFile);

export interface Seeded {
  dir: string;
  conferenceId: number;
}

const kindAt = (i: number): NomineeKind =>
  i % 20 === 0 ? 'ho_gia_dinh' : i % 10 === 1 ? 'tap_the' : 'ca_nhan';

/** A data folder with one conference of `count` approved honorees, written straight into the store. */
export async function seed(count: number): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-export-'));
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  try {
    const created = await core.dispatch('conferences.create', {
      title: 'Hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW',
      kind: 'tong_ket',
      startsAt: '2021-05-19',
      organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    });
    if (!created.ok) throw new Error(created.error.message);
    const conferenceId = (created.value as { id: number }).id;
    const { store } = core.context;
    const now = new Date().toISOString();
    const units = new Map<string, number>();
    for (let i = 0; i < 21; i++) {
      const name = personAt(i).unitName;
      const unit = await resolveUnit(store.db, name, now);
      if (unit) units.set(name, unit.id);
    }
    const forms = (
      await store.db.selectFrom('award_forms').select('id').orderBy('rank', 'desc').execute()
    ).map((f) => f.id);
    const rows = Array.from({ length: count }, (_, i) => {
      const p = personAt(i);
      const kind = kindAt(i);
      const person = kind === 'ca_nhan';
      const fullName = person ? p.fullName : `${kind === 'tap_the' ? 'Chi bộ thôn' : 'Hộ ông'} ${i}`;
      const unitId = units.get(p.unitName) ?? null;
      const d = derivedColumns({ kind, ...p, fullName, unitId });
      return {
        conference_id: conferenceId,
        kind,
        honorific: person ? (i % 2 === 0 ? ('ong' as const) : ('ba' as const)) : null,
        full_name: fullName,
        gender: person ? (i % 2 === 0 ? ('nam' as const) : ('nu' as const)) : null,
        birth: person ? (i % 3 === 0 ? '1975-05-19' : String(1960 + (i % 40))) : '',
        position: person ? p.position : '',
        unit_id: unitId,
        achievement:
          i % 5 === 0 ? `- ${p.achievement};\n- Hoàn thành xuất sắc nhiệm vụ năm 2020.` : p.achievement,
        award_form_id: forms[i % Math.min(3, forms.length)] ?? null,
        proposing_unit_id: unitId,
        status: 'duoc_duyet' as const,
        notes: i % 50 === 0 ? 'Đề nghị lần 2' : '',
        search_folded: d.search_folded,
        person_key: d.person_key,
        name_sort: d.name_sort,
        position_sort: d.position_sort,
        source_file: '',
        created_at: now,
        updated_at: now,
      };
    });
    await insertRows(store, 'nominees', rows);
    await finishSeeding(store);
    return { dir, conferenceId };
  } finally {
    await core.close();
  }
}

// One seeded folder per size for the whole `npm run bench`, removed when the process ends: the
// *_ms and *_peak_mb benchmarks of a size read the same data.
const seeded = new Map<number, Promise<Seeded>>();
const folders: string[] = [];
process.once('exit', () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function seededFolder(count: number): Promise<Seeded> {
  let folder = seeded.get(count);
  if (!folder) {
    folder = seed(count).then((s) => {
      folders.push(s.dir);
      return s;
    });
    seeded.set(count, folder);
  }
  return folder;
}

/** One export in a child process with the same Node and tsx. */
async function exportOnce({ dir, conferenceId }: Seeded, count: number): Promise<ExportRun> {
  const server = await benchDatabaseUrl(dir);
  const args = [CHILD, dir, String(conferenceId), ...(server === undefined ? [] : [server])];
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], {
    cwd: join(BENCH_DIR, '..'),
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ExportRun;
  if (result.rows !== count) throw new Error(`exported ${result.rows} honorees, expected ${count}`);
  return result;
}

/**
 * Runs of the `_ms` benchmark are kept so that the `_peak_mb` benchmark of the same size reports
 * the peak memory of those very runs (warm-up included, in order) instead of exporting again.
 * Alone, each benchmark makes its own runs.
 */
const runsBySize = new Map<number, ExportRun[]>();

function sizeBenchmarks(count: number, label: string) {
  return [
    defineBenchmark<Seeded>({
      name: `excel_export_${label}_ms`,
      unit: 'ms',
      setup: () => seededFolder(count),
      run: async (state) => {
        const result = await exportOnce(state, count);
        runsBySize.set(count, [...(runsBySize.get(count) ?? []), result]);
        return result.ms;
      },
    }),
    defineBenchmark<Seeded>({
      name: `excel_export_${label}_peak_mb`,
      unit: 'MB',
      setup: () => seededFolder(count),
      run: async (state) => {
        const kept = runsBySize.get(count)?.shift();
        return (kept ?? (await exportOnce(state, count))).peakMb;
      },
    }),
  ];
}

export const exportBenchmarks = [...sizeBenchmarks(10_000, '10k'), ...sizeBenchmarks(100_000, '100k')];
