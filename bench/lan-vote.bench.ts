import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../src/main/app/create-core';
import { rawSqlite, openDatabase } from '../src/main/db/open';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/api/contract';
import { decodeHandCode, sealBallot, slipKeys } from '../src/main/voting/lan/codes';
import { issueSlips, type IssuedSlip } from '../src/main/voting/lan/slips';
import { defineBenchmark } from './types';

/**
 * Phones voting over loopback against a laptop process of its own. `lan_vote_300_p95_ms`: 300
 * phones, each starting at a random moment within 10 s, load the page and its modules, open
 * their slip and send a sealed ballot; the figure is the 95th percentile from the page request
 * to the receipt, and the run fails on any ballot lost or counted twice. `lan_vote_replay_500`:
 * the same 300 while 500 replays of used slips and 10,000 guessed codes arrive; the figure is
 * the number of ballots counted beyond the 300 (must be 0), and the run fails unless the
 * operator's wrong-code counter equals the guesses the laptop answered as wrong.
 */

const PHONES = 300;
const WINDOW_MS = 10_000;
const REPLAYS = 500;
const GUESSES = 10_000;
const GUESSER_ADDRESSES = 100;
const NOMINEES = 12;
/** What a phone's browser asks for before it opens the slip: the page, its style and its modules. */
const PAGE_FILES = [
  '/',
  '/phieu.css',
  '/phieu.js',
  '/phieu-seal.js',
  '/noble-ciphers/aes.js',
  '/noble-ciphers/_polyval.js',
  '/noble-ciphers/utils.js',
];
const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const CHILD = join(BENCH_DIR, 'lan-vote-child.ts');

interface Reply {
  status: number;
  body: string;
}

/** One request on a connection of its own, from `from` (127.0.0.0/8 gives every phone its address). */
function send(url: string, from: string, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      url,
      {
        method: payload ? 'POST' : 'GET',
        localAddress: from,
        agent: false,
        headers: payload ? { 'Content-Type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}

async function call<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

interface World {
  dir: string;
  conferenceId: number;
  ruleId: number;
  nomineeIds: number[];
}

async function setUpWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-lan-'));
  const core = await createCore({ dataDir: dir, log: () => undefined });
  try {
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị tổng kết',
      kind: 'tong_ket',
      startsAt: '2026-12-05',
    });
    for (let i = 0; i < PHONES; i++) {
      const council = await call(core, 'council.add', {
        conferenceId: conference.id,
        name: `Thành viên ${i + 1}`,
      });
      const member = council.members.at(-1);
      if (member) await call(core, 'council.setPresence', { id: member.id, presence: 'present' });
    }
    const nomineeIds: number[] = [];
    for (let i = 0; i < NOMINEES; i++) {
      const kind = i < 3 ? 'tap_the' : 'ca_nhan';
      nomineeIds.push(
        (
          await call(core, 'nominees.create', {
            conferenceId: conference.id,
            kind,
            fullName: `Đối tượng ${i + 1}`,
          })
        ).id,
      );
    }
    const ruleId = (await call(core, 'rules.list', {}))[0]?.id ?? 1;
    return { dir, conferenceId: conference.id, ruleId, nomineeIds };
  } finally {
    await core.close();
  }
}

/** A new poll in voting with 300 new slips: used slips cannot vote again in the next run. */
async function freshPoll(world: World): Promise<{ pollId: number; slips: IssuedSlip[] }> {
  const core = await createCore({ dataDir: world.dir, log: () => undefined });
  try {
    const poll = await call(core, 'polls.create', {
      conferenceId: world.conferenceId,
      title: 'Bình xét',
      ruleId: world.ruleId,
      nomineeIds: world.nomineeIds,
    });
    await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' });
    const { slips } = await issueSlips(
      core.context.store.db,
      () => new Date().toISOString(),
      poll.id,
      PHONES,
    );
    return { pollId: poll.id, slips };
  } finally {
    await core.close();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Laptop {
  child: ChildProcess;
  base: string;
  status: () => Promise<{ used: number; wrongCodes: number; blocked: number }>;
}

async function startLaptop(dir: string, pollId: number): Promise<Laptop> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(pollId), String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: ((line: string) => void)[] = [];
  let buffered = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffered += chunk;
    let at = buffered.indexOf('\n');
    while (at >= 0) {
      const line = buffered.slice(0, at);
      buffered = buffered.slice(at + 1);
      lines.shift()?.(line);
      at = buffered.indexOf('\n');
    }
  });
  const nextLine = () => new Promise<string>((resolve) => lines.push(resolve));
  const ready = await Promise.race([
    nextLine(),
    new Promise<string>((resolve) => child.once('exit', () => resolve('EXIT'))),
  ]);
  if (ready !== 'READY') throw new Error('the voting child did not start');
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    status: async () => {
      const line = nextLine();
      child.stdin?.write('status\n');
      return JSON.parse(await line) as { used: number; wrongCodes: number; blocked: number };
    },
  };
}

const phoneAddress = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${(i % 250) + 2}`;
const guesserAddress = (i: number) => `127.0.9.${(i % GUESSER_ADDRESSES) + 2}`;
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one phone does, timed from its page request to its receipt. */
async function phoneVotes(base: string, slip: IssuedSlip, from: string) {
  const secret = decodeHandCode(slip.code);
  if (!secret) throw new Error('bad slip');
  const keys = slipKeys(secret);
  const start = performance.now();
  for (const path of PAGE_FILES) {
    if ((await send(`${base}${path}`, from)).status !== 200) throw new Error(`${path} failed`);
  }
  if ((await send(`${base}/api/phieu`, from, { a: keys.auth })).status !== 200)
    throw new Error('slip refused');
  const marks = Array.from({ length: NOMINEES }, (_, i) => 'ad-'[(i + slip.label.charCodeAt(0)) % 3]).join(
    '',
  );
  const sealed = sealBallot(keys.seal, marks);
  const body = { a: keys.auth, iv: sealed.iv, c: sealed.sealed };
  const answer = await send(`${base}/api/gui`, from, body);
  if (answer.status !== 200) throw new Error(`ballot refused: ${answer.body}`);
  const ms = performance.now() - start;
  return { ms, receipt: (JSON.parse(answer.body) as { receipt: string }).receipt, body, keys };
}

interface RoundResult {
  latencies: number[];
  stored: number;
  usedSlips: number;
  extra: number;
  wrongAnswered: number;
  wrongCounted: number;
}

async function round(world: World, attack: boolean): Promise<RoundResult> {
  const { pollId, slips } = await freshPoll(world);
  const laptop = await startLaptop(world.dir, pollId);
  const latencies: number[] = [];
  let wrongAnswered = 0;
  try {
    const voted: Awaited<ReturnType<typeof phoneVotes>>[] = [];
    const phones = slips.map(async (slip, i) => {
      await later(Math.random() * WINDOW_MS);
      const vote = await phoneVotes(laptop.base, slip, phoneAddress(i));
      latencies.push(vote.ms);
      voted.push(vote);
    });
    const attacks: Promise<void>[] = [];
    if (attack) {
      // Replays of used slips: half the very same body (answered with its receipt), half a new
      // ballot sealed with the slip's key (refused: the slip was used).
      attacks.push(
        (async () => {
          for (let r = 0; r < REPLAYS; r++) {
            await later(WINDOW_MS / REPLAYS);
            const target = voted[Math.floor(Math.random() * voted.length)];
            if (!target) continue;
            const from = phoneAddress(r);
            if (r % 2 === 0) {
              const reply = await send(`${laptop.base}/api/gui`, from, target.body);
              if (reply.status !== 200 || !reply.body.includes(target.receipt))
                throw new Error('replay not answered with its receipt');
            } else {
              const again = sealBallot(target.keys.seal, 'a'.repeat(NOMINEES));
              const reply = await send(`${laptop.base}/api/gui`, from, {
                a: target.keys.auth,
                iv: again.iv,
                c: again.sealed,
              });
              if (reply.status !== 409 && reply.status !== 429)
                throw new Error(`second ballot answered ${reply.status}`);
            }
          }
        })(),
      );
      // Guessed codes from 100 addresses, spread over the window.
      for (let g = 0; g < GUESSER_ADDRESSES; g++) {
        attacks.push(
          (async () => {
            for (let k = 0; k < GUESSES / GUESSER_ADDRESSES; k++) {
              await later(Math.random() * (WINDOW_MS / (GUESSES / GUESSER_ADDRESSES)));
              const guess = randomBytes(16).toString('hex');
              const path = k % 2 === 0 ? '/api/phieu' : '/api/gui';
              const reply = await send(`${laptop.base}${path}`, guesserAddress(g), {
                a: guess,
                iv: '0'.repeat(24),
                c: '0'.repeat(40),
              });
              if (reply.status === 403) wrongAnswered++;
              else if (reply.status !== 429) throw new Error(`a guess was answered ${reply.status}`);
            }
          })(),
        );
      }
    }
    await Promise.all([...phones, ...attacks]);
    const status = await laptop.status();
    laptop.child.kill();
    const store = await openDatabase(join(world.dir, 'hoi-nghi.sqlite'));
    try {
      const sqlite = rawSqlite(store);
      const stored = (
        sqlite
          .prepare("select count(*) as n from poll_ballots where poll_id = ? and source = 'electronic'")
          .get(pollId) as { n: number }
      ).n;
      const usedSlips = (
        sqlite
          .prepare('select count(*) as n from vote_slips where poll_id = ? and used_at is not null')
          .get(pollId) as { n: number }
      ).n;
      const receipts = new Set(voted.map((v) => v.receipt)).size;
      if (voted.length !== PHONES || stored < PHONES || usedSlips !== PHONES || receipts > PHONES) {
        throw new Error(
          `lost or doubled: ${voted.length} receipts, ${stored} ballots, ${usedSlips} slips used`,
        );
      }
      return {
        latencies,
        stored,
        usedSlips,
        extra: stored - PHONES,
        wrongAnswered,
        wrongCounted: status.wrongCodes,
      };
    } finally {
      await store.close();
    }
  } finally {
    if (laptop.child.exitCode === null) laptop.child.kill();
  }
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

const LAN_VOTE = 'its laptop process and the check afterwards open the SQLite file directly';

export const lanVoteBenchmarks = [
  defineBenchmark<World>({
    name: 'lan_vote_300_p95_ms',
    unit: 'ms',
    sqliteOnly: LAN_VOTE,
    setup: setUpWorld,
    run: async (world) => p95((await round(world, false)).latencies),
    teardown: async (world) => rmSync(world.dir, { recursive: true, force: true }),
  }),
  defineBenchmark<World>({
    name: 'lan_vote_replay_500',
    unit: 'count',
    sqliteOnly: LAN_VOTE,
    setup: setUpWorld,
    run: async (world) => {
      const result = await round(world, true);
      if (result.wrongCounted !== result.wrongAnswered) {
        throw new Error(
          `wrong-code counter ${result.wrongCounted}, guesses answered as wrong ${result.wrongAnswered}`,
        );
      }
      process.stderr.write(
        `  p95 ${p95(result.latencies).toFixed(1)} ms under attack; ${result.wrongCounted} wrong codes counted, ${GUESSES - result.wrongAnswered} guesses held back by the rate limit\n`,
      );
      return result.extra;
    },
    teardown: async (world) => rmSync(world.dir, { recursive: true, force: true }),
  }),
];
