import type { Kysely } from 'kysely';
import { findConference } from '../conferences/queries';
import { AppError } from '../core/app-error';
import type { Database } from '../db/schema';
import { exportFileName } from '../exports/files';
import { drawStaged } from '../exports/staged';
import { checkAwards, type BatchProblem } from './check';
import { renderCertificates } from './engine';
import { selectAwards, textDefaults, type BatchSelection, type SelectedAward } from './selection';
import { bodyOf, readImages, readTemplate } from './templates/queries';
import type { BatchRequest, PrintedBatch } from './worker-protocol';

/**
 * A batch from the database to a staged PDF. It runs where the drawing runs (the print
 * worker, on a read-only connection of its own), so reading 2,000 awards, wording and checking
 * them never holds up the calls the core answers meanwhile.
 */

export const CANCELLED_MESSAGE = 'Đã hủy in; chưa tạo tệp nào.';
const MAX_LISTED_PROBLEMS = 3;

/** Nothing is printed half-way without the user seeing why: the problems go back in the details. */
function problemsError(problems: BatchProblem[]): AppError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => p.message);
  if (problems.length > MAX_LISTED_PROBLEMS) {
    listed.push(`và ${problems.length - MAX_LISTED_PROBLEMS} vấn đề khác`);
  }
  return new AppError(
    'CONFLICT',
    `Chưa in: có ${problems.length} vấn đề cần xem lại trước khi in (${listed.join('; ')}).`,
    { problems },
  );
}

/** The batch with every certificate's text and the problems found before printing. */
export async function prepareBatch(db: Kysely<Database>, selection: BatchSelection, findProblems = true) {
  const template = await readTemplate(db, selection.templateId);
  const body = bodyOf(template);
  const awards = await selectAwards(db, selection);
  const defaults = await textDefaults(db, selection.conferenceId);
  return { template, body, awards, ...(await checkAwards(body, awards, defaults, { findProblems })) };
}

/** The pre-flight check alone: how many certificates, and what would print wrong. */
export async function checkBatch(db: Kysely<Database>, selection: BatchSelection) {
  const { awards, problems } = await prepareBatch(db, selection);
  return { count: awards.length, problems };
}

/**
 * The batch's file name says what it holds (see exportFileName): the award form(s), in the
 * order printed, then "QĐ <number>" when the batch is one numbered decision's, else the
 * conference's title. The Giấy khen and Giấy biểu dương batches of one decision are then two
 * files, and a second batch of the same form gets " (2)" rather than replacing the first.
 */
async function batchFileName(
  db: Kysely<Database>,
  conferenceId: number,
  awards: readonly SelectedAward[],
): Promise<string> {
  const forms = [...new Set(awards.map((a) => a.formName.trim()).filter((f) => f !== ''))];
  const what = forms.length > 0 ? forms.join(', ') : 'Giấy khen';
  const first = awards[0];
  if (first && first.decisionNumber.trim() !== '' && awards.every((a) => a.decisionId === first.decisionId)) {
    return exportFileName(what, `QĐ ${first.decisionNumber.trim()}`, 'pdf');
  }
  const row = await findConference(db, conferenceId);
  return exportFileName(what, row?.title ?? '', 'pdf');
}

export interface DrawOptions {
  signal: AbortSignal;
  /** Told once the batch is read and checked, with its number of pages. */
  onPrepared: (total: number) => void;
  onProgress: (done: number) => void;
}

/**
 * Reads, checks and draws the batch under a staging name in the exports folder; refuses with
 * the problems found unless they are accepted. A cancelled or failed batch leaves no file.
 */
export async function drawBatch(
  db: Kysely<Database>,
  request: BatchRequest,
  { signal, onPrepared, onProgress }: DrawOptions,
): Promise<PrintedBatch> {
  const { selection, acceptProblems } = request;
  // Off when the problems are already accepted: the print then skips 2,000 layouts it would ignore.
  const { template, body, awards, checked, problems } = await prepareBatch(db, selection, !acceptProblems);
  if (problems.length > 0 && !acceptProblems) throw problemsError(problems);
  const fileName = await batchFileName(db, selection.conferenceId, awards);
  const images = await readImages(db, template.id);
  onPrepared(checked.length);
  const texts = checked.map((c) => c.text);
  const staged = await drawStaged(request.exportsDir, fileName, async (path) => {
    if (signal.aborted) throw new AppError('CONFLICT', CANCELLED_MESSAGE);
    await renderCertificates(body, texts, images, path, { signal, onProgress });
  });
  return {
    staged: { fileName, rows: checked.length, staged },
    template: { id: template.id, version: template.version, name: template.name },
    awards: awards.map(({ awardId, conferenceId, decisionId }) => ({ awardId, conferenceId, decisionId })),
  };
}
