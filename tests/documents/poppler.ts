import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * poppler-utils read the PDFs back the way a person's viewer would. They are required: without
 * them these tests fail with the install command rather than skip and pass silently.
 */
function tool(name: 'pdftotext' | 'pdfinfo' | 'pdftoppm'): string {
  // The usual places first, then PATH (how Windows finds an MSYS2 or conda poppler).
  const pathDirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin', ...pathDirs]) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
}

function withFile<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the whole document, or of one page (1-based), in reading order. */
export function pdfText(pdf: Buffer, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(pdf, (file) =>
    execFileSync(tool('pdftotext'), ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }),
  );
}

export function pdfPages(pdf: Buffer): number {
  const info = withFile(pdf, (file) => execFileSync(tool('pdfinfo'), [file], { encoding: 'utf8' }));
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(match[1]);
}

/** Every page as a PNG at `dpi`, in page order. */
export function pdfImages(pdf: Buffer, dpi = 40): Buffer[] {
  return withFile(pdf, (file, dir) => {
    execFileSync(tool('pdftoppm'), ['-png', '-r', String(dpi), file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
      .map((name) => readFileSync(join(dir, name)));
  });
}

/** Collapses runs of spaces (pdftotext -layout pads columns) so that phrases can be matched. */
export const squeeze = (text: string): string => text.replace(/[ \t]+/g, ' ');
