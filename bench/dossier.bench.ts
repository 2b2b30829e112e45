import type { Core } from '../src/main/app/create-core';
import { benchCore, removeBenchData } from './engine';
import { seed } from './exports.bench';
import { defineBenchmark, timeMs, type Benchmark } from './types';

/**
 * `dossier_2000_ms`: the whole Word dossier of a closed poll over 2,000 honorees and the decision
 * that awards them (without certificates): the council minutes, the proposal with its annex, the
 * decision with its annex and the payment list, each written through the API as a file.
 */

const COUNT = 2000;
const MEMBERS = 15;

interface World {
  core: Core;
  dir: string;
  pollId: number;
  decisionId: number;
}

async function call(core: Core, method: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

async function setup(): Promise<World> {
  const { dir, conferenceId } = await seed(COUNT);
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  for (let i = 0; i < MEMBERS; i++) {
    const council = await call(core, 'council.add', {
      conferenceId,
      name: `Thành viên Hội đồng ${i + 1}`,
      role: i === 0 ? 'chu_tich' : i === 1 ? 'thu_ky' : 'thanh_vien',
    });
    const members = council.members as { id: number }[];
    const member = members.at(-1);
    if (member) await call(core, 'council.setPresence', { id: member.id, presence: 'present' });
  }
  const refs = (await call(core, 'nominees.ids', { conferenceId })) as unknown as { id: number }[];
  const ids = refs.map((ref) => ref.id);
  const rules = (await call(core, 'rules.list', {})) as unknown as { id: number; rule: { name: string } }[];
  const ruleId = rules.find((r) => r.rule.name === 'Quá bán tổng số thành viên')?.id;
  let poll = await call(core, 'polls.create', {
    conferenceId,
    title: 'Bình xét khen thưởng',
    ruleId,
    nomineeIds: ids,
  });
  poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' });
  poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'counting' });
  poll = await call(core, 'polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: {
      ballotsIssued: MEMBERS,
      ballotsReturned: MEMBERS,
      valid: MEMBERS,
      invalid: 0,
      votes: ids.map((nomineeId, i) => ({
        nomineeId,
        agree: MEMBERS - (i % 3),
        disagree: i % 3,
        abstain: 0,
      })),
    },
  });
  poll = await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
  const decision = await call(core, 'decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    signerCapacity: 'T/M Ban Thường vụ',
    signerTitle: 'Bí thư',
    signerName: 'Nguyễn Văn Khánh',
    registerId: null,
  });
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: ids,
  });
  return { core, dir, pollId: Number(poll.id), decisionId: Number(decision.id) };
}

export const dossierBenchmarks: Benchmark[] = [
  defineBenchmark<World>({
    name: 'dossier_2000_ms',
    unit: 'ms',
    setup,
    run: ({ core, pollId, decisionId }) =>
      timeMs(async () => {
        for (const kind of ['minutes', 'proposal'])
          await call(core, 'dossier.pollDocument', { pollId, kind });
        for (const kind of ['decision', 'paymentList'])
          await call(core, 'dossier.decisionDocument', { decisionId, kind });
      }),
    teardown: async ({ core, dir }) => {
      await core.close();
      await removeBenchData(dir);
    },
  }),
];
