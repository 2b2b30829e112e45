import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TemplateBody } from '../src/shared/certificates';
import { layoutCertificate, SHIPPED_TEMPLATES } from '../src/main/certificates/engine';
import { benchText, type CertificateRun } from './certificates-child';
import { noisyBackground } from '../tests/certificates/engine/image';
import { seed } from './exports.bench';
import { awardWithTemplate, caller } from './printable';
import { defineBenchmark } from './types';
import { benchCore, benchDatabaseUrl } from './engine';

/**
 * Certificates. `certificates_2000_*`: 2,000 approved honorees in a data folder, a decision that
 * numbers them, a copy of the shipped Giấy khen template with a 1.4 MB scanned-looking background
 * (noise, so it does not compress) printed with it; each run is a fresh Node process that calls
 * certificates.print (database → one PDF on disk) and reports its time and peak memory. As in the
 * app, the built print worker (`npx electron-vite build` first) reads, checks and draws the batch
 * in its own thread: `_peak_mb` is the whole process's (core and worker), `_core_heap_mb` what
 * the core's thread itself held. Without a build the core's thread does it all, and says so.
 * `certificates_2000_engine_*`: the engine alone, from the texts to the file.
 * `certificate_preview_ms`: the layout of one certificate after an edit of the template, which
 * is what the preview draws (the window draws the boxes and lines itself).
 */

const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const CHILD = join(BENCH_DIR, 'certificates-child.ts');
const DB_CHILD = join(BENCH_DIR, 'certificates-db-child.ts');
const COUNT = 2000;
const run = promisify(execFile);

interface Folder {
  dir: string;
  background: string;
}

let folder: Folder | undefined;
process.once('exit', () => {
  if (folder) rmSync(folder.dir, { recursive: true, force: true });
});

function benchFolder(): Promise<Folder> {
  if (!folder) {
    const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-cert-'));
    const background = join(dir, 'background.png');
    writeFileSync(background, noisyBackground());
    folder = { dir, background };
  }
  return Promise.resolve(folder);
}

async function batchOnce({ dir, background }: Folder): Promise<CertificateRun> {
  const out = join(dir, 'batch.pdf');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, background, out, String(COUNT)], {
    cwd: join(BENCH_DIR, '..'),
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as CertificateRun;
  if (result.pages !== COUNT) throw new Error(`drew ${result.pages} certificates, expected ${COUNT}`);
  return result;
}

/** The _ms runs, kept so that _peak_mb reports the peak memory of those very runs. */
const kept: CertificateRun[] = [];
const keptDb: CertificateRun[] = [];
const keptDbHeap: CertificateRun[] = [];

interface Printable {
  dir: string;
  conferenceId: number;
  templateId: number;
}

let printable: Promise<Printable> | undefined;

/** The seeded honorees, awarded by one decision with a register, and a template with a background. */
function printableFolder(): Promise<Printable> {
  printable ??= (async () => {
    const { dir, conferenceId } = await seed(COUNT);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const core = await benchCore({ dataDir: dir, log: () => undefined });
    const call = caller(core);
    try {
      const { templateId } = await awardWithTemplate(call, conferenceId);
      return { dir, conferenceId, templateId };
    } finally {
      await core.close();
    }
  })();
  return printable;
}

async function printOnce({ dir, conferenceId, templateId }: Printable): Promise<CertificateRun> {
  const url = await benchDatabaseUrl(dir);
  const server = url === undefined ? [] : [url];
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', DB_CHILD, dir, String(conferenceId), String(templateId), ...server],
    { cwd: join(BENCH_DIR, '..'), maxBuffer: 1024 * 1024 },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as CertificateRun;
  if (result.pages !== COUNT) throw new Error(`printed ${result.pages} certificates, expected ${COUNT}`);
  if (result.runner !== 'worker')
    process.stderr.write('  (no built print worker: drawn in the core’s thread)\n');
  return result;
}

interface Preview {
  body: TemplateBody;
  edit: number;
}

export const certificateBenchmarks = [
  defineBenchmark<Printable>({
    name: 'certificates_2000_ms',
    unit: 'ms',
    setup: printableFolder,
    run: async (state) => {
      const result = await printOnce(state);
      keptDb.push(result);
      keptDbHeap.push(result);
      return result.ms;
    },
  }),
  defineBenchmark<Printable>({
    name: 'certificates_2000_peak_mb',
    unit: 'MB',
    setup: printableFolder,
    run: async (state) => (keptDb.shift() ?? (await printOnce(state))).peakMb,
  }),
  defineBenchmark<Printable>({
    name: 'certificates_2000_core_heap_mb',
    unit: 'MB',
    setup: printableFolder,
    run: async (state) => (keptDbHeap.shift() ?? (await printOnce(state))).coreHeapMb ?? Number.NaN,
  }),
  defineBenchmark<Folder>({
    name: 'certificates_2000_engine_ms',
    unit: 'ms',
    setup: benchFolder,
    run: async (state) => {
      const result = await batchOnce(state);
      kept.push(result);
      return result.ms;
    },
  }),
  defineBenchmark<Folder>({
    name: 'certificates_2000_engine_peak_mb',
    unit: 'MB',
    setup: benchFolder,
    run: async (state) => (kept.shift() ?? (await batchOnce(state))).peakMb,
  }),
  defineBenchmark<Preview>({
    name: 'certificate_preview_ms',
    unit: 'ms',
    setup: () => {
      const body = structuredClone(SHIPPED_TEMPLATES.giay_khen_dang as TemplateBody);
      // The fonts are loaded when the editor opens, before any edit.
      layoutCertificate(body, benchText(0));
      return Promise.resolve({ body, edit: 0 });
    },
    run: (state) => {
      // An edit: the recipient's box is nudged and its size changed, and a different honoree is
      // shown each time, so no text has been measured before.
      state.edit += 1;
      const text = benchText(state.edit);
      const body: TemplateBody = {
        ...state.body,
        fields: state.body.fields.map((f) =>
          f.key === 'recipient' ? { ...f, x: f.x + 0.5, size: 30 - (state.edit % 5) } : f,
        ),
      };
      const start = performance.now();
      const layout = layoutCertificate(body, text);
      const ms = performance.now() - start;
      if (layout.length !== body.fields.length) throw new Error('fields missing');
      return Promise.resolve(ms);
    },
  }),
];
