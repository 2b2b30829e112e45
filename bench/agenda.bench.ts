import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { AGENDA_KINDS } from '../src/shared/agenda';
import { defineBenchmark, timeMs, type Benchmark } from './types';

/** Far longer than any real programme (a day has a few dozen items): the figures are an upper bound. */
const COUNT = 200;

interface Fixture {
  dir: string;
  core: Core;
  conferenceId: number;
  ids: number[];
}

async function fixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
  const core = await benchCore({ dataDir: dir });
  const conference = await core.dispatch('conferences.create', {
    title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
    kind: 'so_ket',
    startsAt: '2021-05-19T07:30',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  });
  if (!conference.ok) throw new Error(conference.error.message);
  const conferenceId = (conference.value as { id: number }).id;
  const ids: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const item = await core.dispatch('agenda.create', {
      conferenceId,
      title: `Tham luận số ${i + 1}: kinh nghiệm học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh`,
      kind: AGENDA_KINDS[i % AGENDA_KINDS.length],
      presenter: `Đồng chí Nguyễn Văn Hải ${i + 1}`,
      presenterTitle: 'Bí thư Đảng ủy xã Kỳ Hoa',
      durationMinutes: 5 + (i % 20),
    });
    if (!item.ok) throw new Error(item.error.message);
    ids.push((item.value as { id: number }).id);
  }
  return { dir, core, conferenceId, ids };
}

async function cleanUp({ dir, core }: Fixture): Promise<void> {
  await core.close();
  await removeBenchData(dir);
}

/** One call through the dispatcher, as the UI makes it; a failed call fails the benchmark. */
function callBenchmark(name: string, call: (f: Fixture) => [string, object]): Benchmark {
  return defineBenchmark<Fixture>({
    name,
    unit: 'ms',
    setup: fixture,
    run: async (f) => {
      const [method, input] = call(f);
      let ok = false;
      const ms = await timeMs(async () => {
        const result = await f.core.dispatch(method, input);
        ok = result.ok;
      });
      if (!ok) throw new Error(`${method} failed`);
      return ms;
    },
    teardown: cleanUp,
  });
}

export const agendaBenchmarks: Benchmark[] = [
  callBenchmark(`agenda_list_${COUNT}`, (f) => ['agenda.list', { conferenceId: f.conferenceId }]),
  // Alternates between two orders so that every run really moves every item.
  (() => {
    let flip = false;
    return callBenchmark(`agenda_reorder_${COUNT}`, (f) => {
      flip = !flip;
      return ['agenda.reorder', { conferenceId: f.conferenceId, ids: flip ? [...f.ids].reverse() : f.ids }];
    });
  })(),
  callBenchmark(`agenda_programme_pdf_${COUNT}`, (f) => [
    'agenda.programmePdf',
    { conferenceId: f.conferenceId },
  ]),
];
