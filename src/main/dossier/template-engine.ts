import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { MAX_DOCUMENT_TEMPLATE_BYTES, type DocumentKind } from '../../shared/dossier';
import { AppError } from '../core/app-error';
import { knownTags } from './tags';

/**
 * Filling and checking the .docx templates with docxtemplater: `{tag}` for a field,
 * `{#loop}…{/loop}` for repeated paragraphs or table rows. A template is checked when it is
 * loaded, so a broken one is refused then, with the paragraph and the tag named, never later
 * when a document is due.
 */

const OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  // An empty field prints nothing rather than "undefined".
  nullGetter: () => '',
  // The refusal says what is wrong; docxtemplater's own console dump would only add noise.
  errorLogging: false,
};

/** The XML parts of a .docx that hold text: the body, headers and footers. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** The text of each paragraph of the body, in order (to say where a tag is). */
function paragraphTexts(zip: PizZip): string[] {
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** "đoạn 12 («Căn cứ …»)": where a paragraph containing `needle` sits, or "" when not found. */
function where(paragraphs: readonly string[], needle: string): string {
  const index = paragraphs.findIndex((p) => p.includes(needle));
  if (index < 0) return '';
  return ` ở đoạn ${index + 1} («${shorten(paragraphs[index]?.trim() ?? '')}»)`;
}

/** docxtemplater's error ids, said in Vietnamese. */
const PROBLEMS: Record<string, string> = {
  unopened_tag: 'thẻ đóng «}» không có thẻ mở «{»',
  unclosed_tag: 'thẻ mở «{» không có thẻ đóng «}»',
  duplicate_open_tag: 'hai dấu «{» liền nhau',
  duplicate_close_tag: 'hai dấu «}» liền nhau',
  unopened_loop: 'vòng lặp đóng mà chưa mở',
  unclosed_loop: 'vòng lặp mở mà không đóng',
  closing_tag_does_not_match_opening_tag: 'thẻ đóng vòng lặp không khớp thẻ mở',
  unbalanced_loop_tags: 'các thẻ vòng lặp không cân',
  raw_xml_tag_should_be_only_text_in_paragraph: 'thẻ {@…} phải đứng một mình trong đoạn',
};

export const TEMPLATE_REFUSED = 'Mẫu văn bản không hợp lệ';

const refused = (reason: string, details?: Record<string, unknown>) =>
  new AppError('FILE_REJECTED', `${TEMPLATE_REFUSED}: ${reason}. Mẫu đang dùng được giữ nguyên.`, details);

interface TemplateErrorLike {
  properties?: { id?: string; xtag?: string; errors?: TemplateErrorLike[] };
}

function firstProblem(error: unknown): { id: string; tag: string } | null {
  const e = error as TemplateErrorLike;
  const inner = e.properties?.errors?.[0] ?? e;
  const id = inner.properties?.id;
  if (!id) return null;
  return { id, tag: inner.properties?.xtag ?? '' };
}

function openZip(bytes: Buffer): PizZip {
  if (bytes.length > MAX_DOCUMENT_TEMPLATE_BYTES) throw refused('tệp lớn hơn 5 MB');
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw refused('không phải tệp Word .docx');
  }
  if (!zip.file('word/document.xml')) throw refused('không phải tệp Word .docx');
  // A small zip may unpack to gigabytes: the sizes its directory declares are summed before
  // anything is inflated, then the parts docxtemplater reads are measured as they are.
  const declared = Object.values(zip.files).reduce(
    (sum, entry) => sum + ((entry as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
  if (declared > MAX_DOCUMENT_TEMPLATE_BYTES * 8) throw refused('nội dung giải nén quá lớn');
  let unpacked = 0;
  for (const name of Object.keys(zip.files)) {
    if (!TEXT_PART.test(name)) continue;
    unpacked += zip.file(name)?.asUint8Array().length ?? 0;
    if (unpacked > MAX_DOCUMENT_TEMPLATE_BYTES * 8) throw refused('nội dung giải nén quá lớn');
  }
  return zip;
}

function compile(zip: PizZip, modules: unknown[] = []): Docxtemplater {
  const paragraphs = paragraphTexts(zip);
  try {
    return new Docxtemplater(zip, { ...OPTIONS, modules: modules as Docxtemplater.DXT.Module[] });
  } catch (error) {
    const problem = firstProblem(error);
    if (!problem) throw refused('không đọc được các thẻ trong tệp');
    const what = PROBLEMS[problem.id] ?? 'thẻ viết sai';
    if (!problem.tag) throw refused(what, { problem: problem.id, tag: '' });
    // A tag left open runs on into the next paragraphs: name it as far as its own paragraph goes.
    let shown = `{${problem.tag}`;
    while (shown.length > 2 && paragraphs.every((p) => !p.includes(shown))) shown = shown.slice(0, -1);
    const closed = problem.id === 'unclosed_tag' ? shown : `{${problem.tag}}`;
    throw refused(`${what} «${closed}»${where(paragraphs, shown)}`, {
      problem: problem.id,
      tag: problem.tag,
    });
  }
}

/** Every tag name a compiled template uses, loops and their inner tags alike. */
function usedTags(tags: Record<string, unknown>, into: Set<string> = new Set()): Set<string> {
  for (const [name, inner] of Object.entries(tags)) {
    into.add(name);
    if (inner && typeof inner === 'object') usedTags(inner as Record<string, unknown>, into);
  }
  return into;
}

/**
 * Checks an uploaded template of `kind`: a .docx under the size cap whose tags are well formed
 * and all known. Refuses with FILE_REJECTED naming the paragraph and the tag.
 */
export function checkTemplate(kind: DocumentKind, bytes: Buffer): void {
  const zip = openZip(bytes);
  const inspect = new InspectModule();
  compile(zip, [inspect]);
  const known = knownTags(kind);
  const unknown = [...usedTags(inspect.getAllTags())].filter((tag) => !known.has(tag));
  const [first] = unknown;
  if (first !== undefined) {
    throw refused(
      `thẻ «{${first}}» không có trong dữ liệu của văn bản này${where(paragraphTexts(zip), first)}`,
      {
        problem: 'unknown_tag',
        tag: first,
      },
    );
  }
}

/** The filled document. The template was checked when stored; a shipped one is ours. */
export function fillTemplate(bytes: Buffer, data: Record<string, unknown>): Buffer {
  const doc = compile(new PizZip(bytes));
  try {
    doc.render(data);
  } catch (error) {
    // Checked templates compile; what can still fail is a tag the data cannot fill as written.
    const problem = firstProblem(error);
    throw new AppError(
      'VALIDATION',
      `Không điền được mẫu văn bản${problem?.tag ? ` ở thẻ «{${problem.tag}}»` : ''}: hãy sửa mẫu hoặc dùng mẫu có sẵn.`,
    );
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
