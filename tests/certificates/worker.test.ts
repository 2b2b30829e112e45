import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../src/main/certificates/engine';
import { servePrintJob } from '../../src/main/certificates/print-worker';
import {
  findWorkerFile,
  WORKER_FILE,
  WorkerStartError,
  workerRunner,
} from '../../src/main/certificates/runner';
import { SAMPLE_TEXT } from '../../src/main/certificates/text';
import type { FromWorker, PrintJob, ToWorker } from '../../src/main/certificates/worker-protocol';
import { pdfPages, pdfText, squeeze } from '../documents/poppler';
import { useTempDir } from '../helpers';
import { solidPng } from './seed';

/**
 * The worker's side of the protocol, spoken over a real MessageChannel (structured clone and
 * all) in this thread: vitest runs TypeScript, which a worker thread cannot load. The built
 * out/main/certificate-worker.js runs in a real thread below when a build is there (`npm test`
 * builds before the unit tests), and end to end through the built host.
 */

const BUILT_WORKER = join(__dirname, '../../out/main', WORKER_FILE);

const dir = useTempDir();

function connect(): { port: MessageChannel['port1']; messages: FromWorker[]; ended: Promise<void> } {
  const channel = new MessageChannel();
  servePrintJob(channel.port2);
  const messages: FromWorker[] = [];
  const ended = new Promise<void>((resolve) => {
    channel.port1.on('message', (m: FromWorker) => {
      messages.push(m);
      if (m.type !== 'progress') resolve();
    });
  });
  return { port: channel.port1, messages, ended };
}

function job(path: string, count: number): PrintJob {
  const body = SHIPPED_TEMPLATES.giay_khen_dang;
  if (!body) throw new Error('no shipped Giấy khen');
  return {
    body: { ...body, printBackground: true },
    texts: Array.from({ length: count }, (_, i) => ({ ...SAMPLE_TEXT, recipient: `Ông Người Thứ ${i + 1}` })),
    // Sent as plain Uint8Array, as structured clone delivers a Buffer.
    images: { background: new Uint8Array(solidPng(8)), emblem: null },
    path,
    fontsDir: null,
  };
}

describe('the print worker protocol', () => {
  it('draws the job, reporting each page, then says done and closes its port', async () => {
    const path = join(dir(), 'out.pdf');
    const { port, messages, ended } = connect();
    port.postMessage({ type: 'start', job: job(path, 3) } satisfies ToWorker);
    await ended;
    expect(messages).toEqual([
      { type: 'progress', done: 1 },
      { type: 'progress', done: 2 },
      { type: 'progress', done: 3 },
      { type: 'done' },
    ]);
    const pdf = readFileSync(path);
    expect(pdfPages(pdf)).toBe(3);
    expect(squeeze(pdfText(pdf, 2))).toContain('Ông Người Thứ 2');
    port.close();
  });

  it('stops on cancel and says it was cancelled', async () => {
    const path = join(dir(), 'cancelled.pdf');
    const { port, messages, ended } = connect();
    port.on('message', (m: FromWorker) => {
      if (m.type === 'progress' && m.done === 1) port.postMessage({ type: 'cancel' } satisfies ToWorker);
    });
    port.postMessage({ type: 'start', job: job(path, 200) } satisfies ToWorker);
    await ended;
    expect(messages.at(-1)).toEqual({ type: 'failed', aborted: true, message: expect.any(String) as string });
    expect(messages.filter((m) => m.type === 'progress').length).toBeLessThan(200);
  });

  it('reports a failure that is not a cancel', async () => {
    const { port, messages, ended } = connect();
    port.postMessage({
      type: 'start',
      job: { ...job(join(dir(), 'none.pdf'), 1), texts: [] },
    } satisfies ToWorker);
    await ended;
    expect(messages).toEqual([{ type: 'failed', aborted: false, message: expect.any(String) as string }]);
  });

  it('finds the built worker beside the bundle or above its chunks, and none in the sources', () => {
    expect(findWorkerFile(join(__dirname, '../../src/main/certificates'))).toBeNull();
    // The layout electron-vite builds: out/main/{index.js, certificate-worker.js, chunks/}.
    const main = join(dir(), 'out', 'main');
    mkdirSync(join(main, 'chunks'), { recursive: true });
    writeFileSync(join(main, WORKER_FILE), '');
    expect(findWorkerFile(join(main, 'chunks'))).toBe(join(main, WORKER_FILE));
    expect(findWorkerFile(main)).toBe(join(main, WORKER_FILE));
  });
});

describe('a worker that cannot start', () => {
  it('is told apart from a failed batch, so the core can draw in its own thread instead', async () => {
    const workers: [string, string][] = [
      ['throws.js', "throw new Error('cannot load');"],
      ['silent.js', 'process.exit(0);'],
    ];
    for (const [name, code] of workers) {
      const file = join(dir(), name);
      writeFileSync(file, code);
      const run = workerRunner(file).run(job(join(dir(), 'x.pdf'), 1), {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      await expect(run).rejects.toBeInstanceOf(WorkerStartError);
    }
  });
});

// Skipped only when out/ has not been built (a bare `vitest run`): `npm test` builds first, so
// in CI this always runs.
describe.skipIf(!existsSync(BUILT_WORKER))('the built worker in its own thread', () => {
  it('draws a batch with progress, and stops on cancel', async () => {
    const runner = workerRunner(BUILT_WORKER);
    const path = join(dir(), 'threaded.pdf');
    const done: number[] = [];
    await runner.run(job(path, 4), { signal: new AbortController().signal, onProgress: (n) => done.push(n) });
    expect(done).toEqual([1, 2, 3, 4]);
    expect(pdfPages(readFileSync(path))).toBe(4);

    const controller = new AbortController();
    const cancelled = join(dir(), 'cancelled.pdf');
    const run = runner.run(job(cancelled, 300), {
      signal: controller.signal,
      onProgress: (n) => {
        if (n === 2) controller.abort();
      },
    });
    await expect(run).rejects.toThrow('cancelled');
  });
});
