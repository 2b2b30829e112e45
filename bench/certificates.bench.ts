import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TemplateBody } from '../src/shared/certificates';
import { layoutCertificate, SHIPPED_TEMPLATES } from '../src/main/certificates/engine';
import { noisyBackground } from '../tests/certificates/engine/image';
import { benchText, type CertificateRun } from './certificates-child';
import { defineBenchmark } from './types';

/**
 * Certificates (issue 5). `certificates_2000_*`: 2,000 certificates with the shipped Giấy khen
 * template and a 1.4 MB scanned-looking background (noise, so it does not compress) to one PDF on
 * disk, each run in a fresh Node process that reports its time and peak memory. The time is the
 * engine's, from the texts to the file; reading the awards from the database is not included.
 * `certificate_preview_ms`: the layout of one certificate after an edit of the template, which
 * is what the preview draws (the window draws the boxes and lines itself).
 */

const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const CHILD = join(BENCH_DIR, 'certificates-child.ts');
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

interface Preview {
  body: TemplateBody;
  edit: number;
}

export const certificateBenchmarks = [
  defineBenchmark<Folder>({
    name: 'certificates_2000_ms',
    unit: 'ms',
    setup: benchFolder,
    run: async (state) => {
      const result = await batchOnce(state);
      kept.push(result);
      return result.ms;
    },
  }),
  defineBenchmark<Folder>({
    name: 'certificates_2000_peak_mb',
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
