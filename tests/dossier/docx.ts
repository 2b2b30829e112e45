import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';

/** Reading a written .docx back: its parts, its text, and LibreOffice's PDF of it. */

export function part(docx: Buffer, name: string): string {
  const file = new PizZip(docx).file(name);
  if (!file) throw new Error(`no ${name} in the .docx`);
  return file.asText();
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The body's paragraphs as text, in order (table cells are paragraphs too). */
export function paragraphs(docx: Buffer): string[] {
  const xml = part(docx, 'word/document.xml');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')),
  );
}

export const bodyText = (docx: Buffer): string => paragraphs(docx).join('\n');

/** The attributes of the first `<w:tag …>` in the XML. */
export function attributes(xml: string, tag: string): Record<string, string> {
  const found = new RegExp(`<w:${tag} ([^>]*?)/?>`).exec(xml);
  if (!found) return {};
  return Object.fromEntries([...(found[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Every `<w:sectPr>` of the body. */
export const sections = (docx: Buffer): string[] =>
  part(docx, 'word/document.xml').match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((p) =>
  existsSync(p),
);

/** Why the LibreOffice checks cannot run here, or null when they can. */
export const sofficeMissing: string | null = SOFFICE
  ? null
  : 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui';

/** LibreOffice's PDF of the .docx, read back with pdftotext. */
export function convertedText(docx: Buffer): { text: string; pdf: Buffer } {
  if (!SOFFICE) throw new Error(sofficeMissing ?? '');
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-docx-'));
  try {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, docx);
    // A profile of its own, so a LibreOffice already running (or another test) does not block.
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = readFileSync(join(dir, 'doc.pdf'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
    return { text, pdf };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
