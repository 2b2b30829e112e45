import { writeFile } from 'node:fs/promises';
import type { ExportedFile } from '../../../shared/exports';
import type { CoreContext } from '../../core/context';
import { exportFileName, writeExport } from '../../exports/files';
import { templateFile } from './files';
import { bodyOf, readImages, readTemplate } from './queries';

/** A template and its images as one .hoinghi-mau.json file, to be imported on another machine. */
export async function exportTemplate(ctx: CoreContext, id: number): Promise<ExportedFile> {
  const { db } = ctx.store;
  const template = await readTemplate(db, id);
  const content = templateFile(bodyOf(template), await readImages(db, id));
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Mẫu giấy khen', template.name, 'hoinghi-mau.json'),
    rows: 1,
    write: (path) => writeFile(path, content),
  });
}
