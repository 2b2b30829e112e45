import type { ExportedFile, ExportFormat } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { DocumentHeading } from '../documents/heading';
import { exportFileName, writeExport } from './files';
import { writePollResultsPdf } from './poll-results-pdf';
import { readPollResults } from './poll-results-model';
import { writePollResultsXlsx } from './poll-results-xlsx';

const NOTHING_COUNTED =
  'Hội nghị chưa có cuộc bỏ phiếu nào đã nhập kết quả kiểm phiếu; chưa tạo tệp nào. ' +
  'Hãy nhập số phiếu (hoặc kết thúc bỏ phiếu) rồi xuất lại.';

/** Writes every counted poll of the conference, its counts and results, as .xlsx or .pdf. */
export async function writePollResults(
  ctx: CoreContext,
  heading: DocumentHeading,
  format: ExportFormat,
): Promise<ExportedFile> {
  const model = await readPollResults(ctx.store.db, heading, ctx.now());
  if (model.polls.length === 0) throw new AppError('EMPTY_SELECTION', NOTHING_COUNTED);
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    // Vietnamese letters stay: Windows keeps Unicode file names.
    fileName: exportFileName(`Kết quả bình xét - ${heading.conference.title}`, format, 'Ket qua binh xet'),
    rows: model.rowCount,
    write: (path) =>
      format === 'xlsx' ? writePollResultsXlsx(model, path) : writePollResultsPdf(model, path),
  });
}
