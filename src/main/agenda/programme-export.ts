import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { documentHeading } from '../documents/heading';
import { exportFileName, writeExport } from '../exports/files';
import { writeProgrammePdf } from './programme-pdf';
import { readAgenda } from './queries';

const NOTHING_TO_PRINT =
  'Chương trình hội nghị chưa có mục nào; chưa tạo tệp nào. Hãy thêm các mục rồi in lại.';

/** The printed programme of a conference; an empty agenda gives no file. */
export async function exportProgramme(ctx: CoreContext, conferenceId: number): Promise<ExportedFile> {
  const { db } = ctx.store;
  const heading = await documentHeading(db, conferenceId);
  const agenda = await readAgenda(db, conferenceId);
  if (agenda.items.length === 0) throw new AppError('EMPTY_SELECTION', NOTHING_TO_PRINT);
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Chương trình', heading.conference.title, 'pdf'),
    rows: agenda.items.length,
    write: (path) => writeProgrammePdf(heading, agenda, path),
  });
}
