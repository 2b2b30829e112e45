// @engine sqlite: the SQLite file after a killed process; PostgreSQL's crash test is tests/crash/pg-import.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { rawSqlite } from '../../src/main/db/open';
import type { IssuedSlip } from '../../src/main/voting/lan/slips';
import { useTempDir } from '../helpers';
import { freePort, http, phone, slipsFor, votingPoll } from '../evoting/seed';
import { bundleChild, crashSeed, eachKill, KILLS, reopenChecked } from './harness';

const SLIPS = 240;
/** Phones sending at once; each resends after a lost answer, as the page does. */
const CONCURRENT = 24;
const MARKS = ['aaaaa', 'ddddd', 'a-d-a', '-----', 'adada'];

function startChild(bundle: string, args: string[]): Promise<ChildProcess> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolveStart(child);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before it was ready`)));
  });
}

describe('phones voting while the laptop is killed', () => {
  const dir = useTempDir('hoi-nghi-crash-');

  it(
    `keeps every receipted ballot exactly once across ${Math.min(KILLS, 8)} kills mid-burst`,
    { timeout: 300_000 },
    async () => {
      const dataDir = join(dir(), 'data');
      const bundle = await bundleChild('lan-vote', dir(), ['exceljs', 'pdfmake']);
      const core = await createCore({ dataDir, log: () => undefined });
      const { pollId } = await votingPoll(core, { members: 9 });
      const slips = await slipsFor(core, pollId, SLIPS);
      await core.close();

      const receipts = new Map<string, { receipt: string; marks: string }>();
      // What each phone sealed: a phone that lost its answer sends the very same body again.
      const sealedBy = new Map<string, ReturnType<ReturnType<typeof phone>['ballot']>>();
      let pending = [...slips];
      let lost = 0;
      const kills = Math.min(KILLS, 8);
      await eachKill(crashSeed(), kills, async (run, random) => {
        const port = await freePort();
        const child = await startChild(bundle, [
          dataDir,
          String(pollId),
          String(port),
          resolve(__dirname, '../../resources/voting'),
        ]);
        const base = `http://127.0.0.1:${port}`;
        // Killed once a random share of this round's ballots has been answered (the last round runs out).
        const killAfter = run === kills - 1 ? Infinity : Math.floor(random() * 30) + 5;
        let answered = 0;
        const queue = run === kills - 1 ? [...pending] : pending.slice(0, 60);
        const vote = async (slip: IssuedSlip, marks: string) => {
          const sealed = sealedBy.get(slip.label) ?? phone(slip).ballot(marks);
          sealedBy.set(slip.label, sealed);
          const reply = await http(`${base}/api/gui`, { method: 'POST', body: sealed }).catch(() => null);
          if (!reply) lost++;
          else expect(reply.status).toBe(200);
          if (reply?.status === 200) {
            receipts.set(slip.label, { receipt: String(reply.json().receipt), marks });
            answered++;
            if (answered === killAfter) child.kill('SIGKILL');
          }
        };
        const workers = Array.from({ length: CONCURRENT }, async () => {
          for (let slip = queue.shift(); slip; slip = queue.shift()) {
            await vote(slip, MARKS[slips.indexOf(slip) % MARKS.length] ?? 'aaaaa');
          }
        });
        await Promise.all(workers);
        child.kill('SIGKILL');
        await new Promise((done) =>
          child.exitCode === null && child.signalCode === null ? child.once('exit', done) : done(null),
        );

        const store = await reopenChecked(dataDir);
        try {
          const sqlite = rawSqlite(store);
          const used = sqlite
            .prepare('select label, receipt from vote_slips where poll_id = ? and used_at is not null')
            .all(pollId) as {
            label: string;
            receipt: string;
          }[];
          const usedBy = new Map(used.map((u) => [u.label, u.receipt]));
          for (const [label, { receipt }] of receipts) expect(usedBy.get(label), label).toBe(receipt);
          const ballots = sqlite
            .prepare('select marks from poll_ballots where poll_id = ? and source = ?')
            .all(pollId, 'electronic') as {
            marks: string;
          }[];
          // One ballot per used slip: none lost, none counted twice.
          expect(ballots).toHaveLength(used.length);
          const expectedAgree = [...receipts.values()].filter((r) => r.marks[0] === 'a').length;
          const storedAgree = ballots.filter((b) => b.marks[0] === 'a').length;
          // Ballots sent but not answered before the kill may be in too: never fewer than receipted.
          expect(storedAgree).toBeGreaterThanOrEqual(expectedAgree);
          // Sent but unanswered ones go again, whether or not they were stored.
          pending = slips.filter((s) => !receipts.has(s.label));
        } finally {
          await store.close();
        }
      });
      // Kills landed mid-burst, and in the end every slip has been counted once.
      expect(lost).toBeGreaterThan(0);
      expect(receipts.size).toBe(SLIPS);
    },
  );
});
