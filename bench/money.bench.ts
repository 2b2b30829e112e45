import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { defineBenchmark, timeMs, type Benchmark } from './types';

/** The size of a large province-wide decision, as the dossier benchmark of issue 16 takes it. */
const COUNT = 2000;
const FORMS = ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động xuất sắc', 'Giấy khen'];

interface Fixture {
  dir: string;
  core: Core;
  conferenceId: number;
  nomineeIds: number[];
  decisionId: number;
  decisions: number;
}

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function decide(f: Pick<Fixture, 'core' | 'conferenceId' | 'nomineeIds'>, n: number): Promise<number> {
  const decision = (await call(f.core, 'decisions.create', {
    conferenceId: f.conferenceId,
    number: `${n}/QĐ-UBND`,
    date: '2025-01-15',
    issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
  })) as { id: number; revision: number };
  await call(f.core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: f.nomineeIds,
  });
  return decision.id;
}

/** 2,000 approved honorees of four forms (one without a coefficient), and one decision giving them all. */
async function fixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
  const core = await benchCore({ dataDir: dir });
  const forms = (await call(core, 'awards.list', {})) as { id: number; name: string }[];
  const conference = (await call(core, 'conferences.create', {
    title: 'Hội nghị tổng kết phong trào thi đua năm 2024',
    kind: 'tong_ket',
    startsAt: '2025-01-10',
  })) as { id: number };
  const nomineeIds: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const form = FORMS[i % FORMS.length] ?? '';
    const nominee = (await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: form.startsWith('Tập thể') ? 'tap_the' : 'ca_nhan',
      fullName: `Nguyễn Thị Ngọc Ánh ${i + 1}`,
      unitName: `Trường Tiểu học số ${(i % 40) + 1} thị xã Kỳ Anh`,
      awardFormId: forms.find((f) => f.name === form)?.id ?? null,
      status: 'duoc_duyet',
    })) as { id: number };
    nomineeIds.push(nominee.id);
  }
  const base = { core, conferenceId: conference.id, nomineeIds };
  return { dir, ...base, decisionId: await decide(base, 1), decisions: 1 };
}

async function cleanUp({ dir, core }: Fixture): Promise<void> {
  await core.close();
  await removeBenchData(dir);
}

const timed = (name: string, work: (f: Fixture) => Promise<unknown>): Benchmark =>
  defineBenchmark<Fixture>({
    name,
    unit: 'ms',
    setup: fixture,
    run: (f) => timeMs(() => work(f)),
    teardown: cleanUp,
  });

export const moneyBenchmarks: Benchmark[] = [
  // A new decision each run: the amounts are worked out and copied onto 2,000 awards.
  timed(`decision_assign_with_rewards_${COUNT}_ms`, async (f) => decide(f, ++f.decisions)),
  timed(`payment_list_${COUNT}_ms`, (f) =>
    call(f.core, 'payments.list', { conferenceId: f.conferenceId, decisionId: f.decisionId }),
  ),
  timed(`payment_list_xlsx_${COUNT}_ms`, (f) =>
    call(f.core, 'exports.paymentList', { conferenceId: f.conferenceId, decisionId: f.decisionId }),
  ),
];
