import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertConference } from '../src/main/conferences/queries';
import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { conferenceInput, CONFERENCE_KINDS } from '../src/shared/conferences';
import { defineBenchmark, timeMs, type Benchmark } from './types';

const COUNT = 1000;
const TITLES = [
  'Hội nghị sơ kết 6 tháng đầu năm',
  'Hội nghị tổng kết công tác Đảng',
  'Đại hội Đoàn thanh niên',
  'Hội nghị biểu dương điển hình tiên tiến',
  'Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
];

interface Fixture {
  dir: string;
  core: Core;
}

/** A data folder holding COUNT conferences, written in one transaction (not measured). */
async function fixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
  const core = await benchCore({ dataDir: dir });
  const now = new Date().toISOString();
  await core.context.store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < COUNT; i++) {
      const year = 2000 + (i % 25);
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      const values = conferenceInput.parse({
        title: `${TITLES[i % TITLES.length]} ${year} (${i})`,
        kind: CONFERENCE_KINDS[i % CONFERENCE_KINDS.length],
        organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
        placeName: 'Kỳ Anh',
        startsAt: `${year}-${month}-${day}`,
        notes: 'Ghi chú về hội nghị. '.repeat(10),
      });
      await insertConference(trx, values, now);
    }
  });
  return { dir, core };
}

async function cleanUp({ dir, core }: Fixture): Promise<void> {
  await core.close();
  await removeBenchData(dir);
}

/** Times one call through the dispatcher, as the UI would make it, and checks it returned rows. */
function listBenchmark(name: string, input: object, expectAtLeast: number): Benchmark {
  return defineBenchmark<Fixture>({
    name,
    unit: 'ms',
    setup: fixture,
    run: async ({ core }) => {
      let rows = 0;
      const ms = await timeMs(async () => {
        const result = await core.dispatch('conferences.list', input);
        if (!result.ok) throw new Error(result.error.message);
        rows = (result.value as unknown[]).length;
      });
      if (rows < expectAtLeast) throw new Error(`${name}: only ${rows} rows`);
      return ms;
    },
    teardown: cleanUp,
  });
}

export const conferenceBenchmarks = [
  listBenchmark('conferences_list_1000_ms', {}, COUNT),
  // Accent-insensitive search over the folded titles (a LIKE scan): one title in five matches.
  listBenchmark('conferences_search_1000_ms', { search: 'dai hoi doan' }, COUNT / TITLES.length),
];
