import type { ExportFormat } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import { documentHeading } from '../documents/heading';
import { exportFileName, writeExport } from './files';
import { readHonorees } from './honorees';
import { buildListModel } from './list-model';
import { readListOptions, saveListOptions } from './list-options';
import { writeListPdf } from './pdf-list';
import { writePollResults } from './poll-results';
import { writeListXlsx } from './xlsx-list';

type ExportHandlers = Pick<Handlers, 'exports.listDefaults' | 'exports.honoreeList' | 'exports.pollResults'>;

const EMPTY_LIST =
  'Không có đối tượng nào phù hợp với lựa chọn (trạng thái, loại, hình thức); chưa tạo tệp nào. Hãy kiểm tra lại bộ lọc.';

/** "Danh sach khen thuong" stays Vietnamese: Windows keeps Unicode names; only forbidden characters go. */
function listFileStem(requested: string, title: string): string {
  return requested || title.charAt(0) + title.slice(1).toLocaleLowerCase('vi');
}

export function exportHandlers(ctx: CoreContext): ExportHandlers {
  const { db } = ctx.store;

  return {
    'exports.listDefaults': async ({ conferenceId }) =>
      readListOptions(db, await documentHeading(db, conferenceId)),

    'exports.honoreeList': async ({ conferenceId, format, options, fileName }) => {
      const heading = await documentHeading(db, conferenceId);
      const honorees = await readHonorees(db, conferenceId, options);
      if (honorees.length === 0) throw new AppError('EMPTY_SELECTION', EMPTY_LIST);
      const model = buildListModel(honorees, options, heading);
      const file = await writeExport({
        dir: ctx.exportsDir,
        files: ctx.files,
        fileName: exportFileName(listFileStem(fileName, model.title), format, 'Danh sach khen thuong'),
        rows: honorees.length,
        write: (path) =>
          format === 'xlsx' ? writeListXlsx(model, honorees, path) : writeListPdf(model, path),
      });
      // Remembered only once the file is written, so a failed export leaves the last good options.
      await saveListOptions(db, conferenceId, options, ctx.now());
      return file;
    },

    'exports.pollResults': async ({ conferenceId, format }) => {
      const heading = await documentHeading(db, conferenceId);
      return writePollResults(ctx, heading, format satisfies ExportFormat);
    },
  };
}
