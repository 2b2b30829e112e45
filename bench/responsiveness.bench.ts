import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { benchCore, benchDatabaseUrl } from './engine';
import { listOptionsRecord } from '../src/shared/exports';
import { seed } from './exports.bench';
import { officialList } from './generate';
import { awardWithTemplate, caller as coreCaller } from './printable';
import { defineBenchmark } from './types';
import { startHost } from './web-host';

/**
 * `responsiveness_*_p95_ms`: how long a cheap call waits while a long job runs, through the
 * built web host (`npx electron-vite build` first). One data folder holds a conference of
 * 100,000 approved honorees, 2,000 of them numbered by one decision, a certificate template
 * with a scanned-looking background, and a conference of 1,000 nominees the cheap search runs
 * on (a search of the 100,000 costs some 12 ms by itself, which is not waiting). Each run starts the host and, while each job
 * runs in turn — a 10,000-row import commit, the 2,000-certificate print, the 100,000-row
 * Excel honoree list — sends a cheap call every 20 ms (alternately `conferences.list` and
 * `nominees.list` with a search) and keeps each call's latency. `responsiveness_p95_ms` is the
 * worst job's p95; the per-job and idle figures are the same runs' (kept, like *_peak_mb).
 */

const HONOREES = 100_000;
const CERTIFICATES = 2000;
const IMPORT_ROWS = 10_000;
const SEARCHED = 1000;
const TICK_MS = 20;
const IDLE_MS = 2000;

interface Folder {
  dir: string;
  conferenceId: number;
  /** A conference of SEARCHED nominees, where the cheap search is cheap whatever the machine. */
  searchedId: number;
  decisionId: number;
  templateId: number;
  list: Buffer;
}

interface Figures {
  idle: number;
  import: number;
  certificates: number;
  export: number;
}

let folder: Promise<Folder> | undefined;

function prepared(): Promise<Folder> {
  folder ??= (async () => {
    const { dir, conferenceId } = await seed(HONOREES);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const core = await benchCore({ dataDir: dir, log: () => undefined });
    const call = coreCaller(core);
    try {
      const { decisionId, templateId } = await awardWithTemplate(call, conferenceId, CERTIFICATES);
      const searched = await call('conferences.create', {
        title: 'Hội nghị biểu dương điển hình tiên tiến',
        kind: 'tong_ket',
        startsAt: '2021-05-19',
      });
      const opened = await call('imports.open', {
        conferenceId: searched.id,
        fileName: 'danh-sach.xlsx',
        contentBase64: (await officialList(SEARCHED)).toString('base64'),
      });
      await call('imports.commit', { importId: opened.importId, exclude: [], edits: [] });
      return {
        dir,
        conferenceId,
        searchedId: Number(searched.id),
        decisionId,
        templateId,
        list: await officialList(IMPORT_ROWS),
      };
    } finally {
      await core.close();
    }
  })();
  return folder;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Call = (method: string, input: unknown) => Promise<Record<string, unknown>>;

/**
 * POST /api/<method> on a fresh connection each time: a kept-alive socket the host closes
 * while its thread was busy would fail the next call, which says nothing about latency.
 */
function caller(url: string): Call {
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  return (method, input) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(input);
      const req = request(
        `${address.origin}/api/${method}`,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              ok: boolean;
              value?: unknown;
              error?: { message: string };
            };
            if (reply.ok) resolve(reply.value as Record<string, unknown>);
            else reject(new Error(`${method}: ${reply.error?.message ?? res.statusCode}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/** Latencies of cheap calls sent every TICK_MS while `job` runs (or for IDLE_MS). */
async function latenciesDuring(
  call: Call,
  searchedId: number,
  job: () => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<unknown>[] = [];
  let tick = 0;
  const timer = setInterval(() => {
    const start = performance.now();
    const cheap =
      tick++ % 2 === 0
        ? call('conferences.list', {})
        : call('nominees.list', { conferenceId: searchedId, search: 'dinh thi thom', limit: 50 });
    pending.push(cheap.then(() => latencies.push(performance.now() - start)));
  }, TICK_MS);
  try {
    await job();
  } finally {
    clearInterval(timer);
    await Promise.all(pending);
  }
  return latencies;
}

async function runOnce(state: Folder): Promise<Figures> {
  const { host, url } = await startHost(state.dir, await benchDatabaseUrl(state.dir));
  try {
    const call = caller(url);
    const p95 = async (job: () => Promise<unknown>) =>
      percentile(await latenciesDuring(call, state.searchedId, job), 95);
    const idle = await p95(() => new Promise((resolve) => setTimeout(resolve, IDLE_MS)));

    const target = await call('conferences.create', {
      title: `Hội nghị nhập danh sách ${Date.now()}`,
      kind: 'tong_ket',
      startsAt: '2021-05-19',
    });
    const opened = await call('imports.open', {
      conferenceId: target.id,
      fileName: 'danh-sach.xlsx',
      contentBase64: state.list.toString('base64'),
    });
    const imported = await p95(async () => {
      const result = await call('imports.commit', { importId: opened.importId, exclude: [], edits: [] });
      if (result.created !== IMPORT_ROWS) throw new Error(`imported ${String(result.created)} rows`);
    });

    const printed = await p95(() =>
      call('certificates.print', {
        conferenceId: state.conferenceId,
        templateId: state.templateId,
        decisionId: state.decisionId,
        acceptProblems: true,
        jobId: `bench-${Date.now()}`,
      }),
    );

    const options = listOptionsRecord.parse({
      decisionNumber: '123-QĐ/ThU',
      decisionDate: '2021-05-19',
      decisionIssuer: 'Ban Thường vụ Thị ủy',
      signerCapacity: 'T/M Ban Thường vụ',
      signerTitle: 'Bí thư',
      signerName: 'Nguyễn Văn A',
    });
    const exported = await p95(() =>
      call('exports.honoreeList', {
        conferenceId: state.conferenceId,
        format: 'xlsx',
        options,
        fileName: 'bench',
      }),
    );
    const figures = { idle, import: imported, certificates: printed, export: exported };
    process.stderr.write(`  ${JSON.stringify(figures)}\n`);
    return figures;
  } finally {
    await stop(host);
  }
}

async function stop(host: ChildProcess): Promise<void> {
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
}

/** Runs of the main benchmark, kept (one queue per entry) so the others report those very runs. */
const kept = new Map<string, Figures[]>();

const part = (name: string, pick: (f: Figures) => number) => {
  kept.set(name, []);
  return defineBenchmark<Folder>({
    name,
    unit: 'ms',
    setup: prepared,
    run: async (state) => pick(kept.get(name)?.shift() ?? (await runOnce(state))),
  });
};

export const responsivenessBenchmarks = [
  defineBenchmark<Folder>({
    name: 'responsiveness_p95_ms',
    unit: 'ms',
    setup: prepared,
    run: async (state) => {
      const figures = await runOnce(state);
      for (const queue of kept.values()) queue.push(figures);
      return Math.max(figures.import, figures.certificates, figures.export);
    },
  }),
  part('responsiveness_idle_p95_ms', (f) => f.idle),
  part('responsiveness_import_p95_ms', (f) => f.import),
  part('responsiveness_certificates_p95_ms', (f) => f.certificates),
  part('responsiveness_export_p95_ms', (f) => f.export),
];
