import { readFileSync, statSync } from 'node:fs';
import type { CertificateText, TemplateBody } from '../src/shared/certificates';
import { renderCertificates, SHIPPED_TEMPLATES } from '../src/main/certificates/engine';
import { personAt } from './generate';

/**
 * One certificate batch in a process of its own, so that its peak memory is that of one batch
 * (plus Node and the engine), as in the app's worker:
 * `node --import tsx bench/certificates-child.ts <background.png> <out.pdf> <count>` prints
 * {"ms":…,"peakMb":…,"pages":…,"bytes":…}. Timed: from the certificates' texts to the finished
 * file (fonts loaded, every page laid out, drawn and written); the database read that gives the
 * texts belongs to the batch code outside the engine and is not part of this figure.
 */

export interface CertificateRun {
  ms: number;
  peakMb: number;
  /** The core thread's own peak heap, where the batch is printed through the core. */
  coreHeapMb?: number;
  pages: number;
  bytes: number;
  /** Who drew: the built print worker, or the core's thread. */
  runner?: 'worker' | 'in-process';
}

/** The i-th honoree's certificate text: every name different, a tenth collectives. */
export function benchText(i: number): CertificateText {
  const p = personAt(i);
  const collective = i % 10 === 1;
  return {
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    formTitle: 'Giấy khen',
    recipient: collective ? `${p.unitName} ${i}` : `${i % 2 === 0 ? 'Ông' : 'Bà'} ${p.fullName}`,
    positionUnit: collective ? '' : `${p.position}, ${p.unitName}`,
    achievement: p.achievement,
    decisionLine: 'Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy Kỳ Anh',
    registerNumber: `${i + 1}/KT`,
    datedLine: 'Kỳ Anh, ngày 19 tháng 5 năm 2021',
    signerCapacity: 'T/M Ban Thường vụ',
    signerTitle: 'Bí thư',
    signerName: 'Nguyễn Văn Đức',
  };
}

export const benchTexts = (count: number): CertificateText[] =>
  Array.from({ length: count }, (_, i) => benchText(i));

async function main(): Promise<void> {
  const [backgroundPath = '', out = '', countArg = ''] = process.argv.slice(2);
  const count = Number(countArg);
  const body: TemplateBody = { ...(SHIPPED_TEMPLATES.giay_khen_dang as TemplateBody), printBackground: true };
  const texts = benchTexts(count);
  const background = readFileSync(backgroundPath);
  let pages = 0;
  const start = performance.now();
  await renderCertificates(body, texts, { background, emblem: null }, out, {
    onProgress: (done) => (pages = done),
    signal: new AbortController().signal,
  });
  const ms = performance.now() - start;
  // maxRSS is in kilobytes: the most this process ever held in memory.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const run: CertificateRun = { ms, peakMb, pages, bytes: statSync(out).size };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

// Only when run as the child, not when the benchmark imports benchTexts.
if (process.argv[1]?.endsWith('certificates-child.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
