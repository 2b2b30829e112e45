import type { Kysely } from 'kysely';
import type { ExportFormat, ListOptions } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { Database } from '../db/schema';
import { documentHeading } from '../documents/heading';
import { exportFileName, safeFileStem } from './files';
import { drawStaged, type StagedExport } from './staged';
import { readHonorees } from './honorees';
import { buildListModel } from './list-model';
import { writeListPdf } from './pdf-list';
import { writePollResultsPdf } from './poll-results-pdf';
import { readPollResults } from './poll-results-model';
import { writePollResultsXlsx } from './poll-results-xlsx';
import { writeListXlsx } from './xlsx-list';

/**
 * The reading, modelling and drawing of an export, run in a job worker on a read-only
 * connection (see staged.ts for how the file then reaches its place).
 */

const EMPTY_LIST =
  'Không có đối tượng nào phù hợp với lựa chọn (trạng thái, loại, hình thức); chưa tạo tệp nào. Hãy kiểm tra lại bộ lọc.';

const NOTHING_COUNTED =
  'Hội nghị chưa có cuộc bỏ phiếu nào đã nhập kết quả kiểm phiếu; chưa tạo tệp nào. ' +
  'Hãy nhập số phiếu (hoặc kết thúc bỏ phiếu) rồi xuất lại.';

/**
 * A name the person typed is used as it is; otherwise the list's own title, in sentence case,
 * says what it holds ("Danh sách cá nhân được khen thưởng") and the conference which one.
 */
function listFileName(requested: string, title: string, conference: string, format: ExportFormat): string {
  if (safeFileStem(requested) !== '') return exportFileName(requested, '', format);
  return exportFileName(title.charAt(0) + title.slice(1).toLocaleLowerCase('vi'), conference, format);
}

export interface HonoreeListJob {
  conferenceId: number;
  format: ExportFormat;
  options: ListOptions;
  /** The name the person asked for, without extension; "" for one made from the title. */
  fileName: string;
  dir: string;
}

export async function stageHonoreeList(db: Kysely<Database>, job: HonoreeListJob): Promise<StagedExport> {
  const heading = await documentHeading(db, job.conferenceId);
  const honorees = await readHonorees(db, job.conferenceId, job.options);
  if (honorees.length === 0) throw new AppError('EMPTY_SELECTION', EMPTY_LIST);
  const model = buildListModel(honorees, job.options, heading);
  const fileName = listFileName(job.fileName, model.title, heading.conference.title, job.format);
  const staged = await drawStaged(job.dir, fileName, (path) =>
    job.format === 'xlsx' ? writeListXlsx(model, honorees, path) : writeListPdf(model, path),
  );
  return { fileName, rows: honorees.length, staged };
}

export interface PollResultsJob {
  conferenceId: number;
  format: ExportFormat;
  dir: string;
  /** ISO time the document is dated. */
  now: string;
}

/** Every counted poll of the conference, its counts and results, as .xlsx or .pdf. */
export async function stagePollResults(db: Kysely<Database>, job: PollResultsJob): Promise<StagedExport> {
  const heading = await documentHeading(db, job.conferenceId);
  const model = await readPollResults(db, heading, new Date(job.now));
  if (model.polls.length === 0) throw new AppError('EMPTY_SELECTION', NOTHING_COUNTED);
  const fileName = exportFileName('Kết quả bình xét', heading.conference.title, job.format);
  const staged = await drawStaged(job.dir, fileName, (path) =>
    job.format === 'xlsx' ? writePollResultsXlsx(model, path) : writePollResultsPdf(model, path),
  );
  return { fileName, rows: model.rowCount, staged };
}
