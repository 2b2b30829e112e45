import type ExcelJS from 'exceljs';
import { excelJs } from '../documents/libraries';
import type { WriteStream } from 'node:fs';
import type { Honoree } from './honorees';
import type { ListModel } from './list-model';
import { writeDataSheet } from './xlsx-data-sheet';
import { writeListSheet } from './xlsx-list-sheet';
import { useTextFontAsDefault } from './xlsx-styles';

/**
 * The honoree list as an Excel workbook: sheet 1 is the formatted list to print and attach to
 * the decision, sheet 2 the same honorees flat, one row each, for sorting and re-importing.
 *
 * Written with exceljs's streaming writer, row by row, so 100,000 honorees never sit in memory
 * as cell objects. No cell is ever a formula: text is written as string cells exactly as given.
 */

interface WriterInternals {
  zip: { abort(): void; on(event: 'error', listener: (error: Error) => void): void };
  stream: WriteStream;
}

/**
 * Aborted when the zip or the file fails (disk full, folder gone). exceljs listens for those
 * errors only once it finishes the workbook; before that an error would go unheard, and the
 * writer, waiting for the zip to take its rows, would wait forever.
 */
export function failureSignal(workbook: ExcelJS.stream.xlsx.WorkbookWriter): AbortSignal {
  const { zip, stream } = workbook as unknown as WriterInternals;
  const controller = new AbortController();
  // `on`, not `once`: a second error with no listener left would crash the process.
  const fail = (error: Error) => controller.abort(error);
  zip.on('error', fail);
  stream.on('error', fail);
  return controller.signal;
}

export const rejectOnAbort = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** Stops a half-written workbook and waits for its file to close, so the caller can delete it. */
export async function abandon(workbook: ExcelJS.stream.xlsx.WorkbookWriter): Promise<void> {
  const { zip, stream } = workbook as unknown as WriterInternals;
  zip.abort();
  if (stream.closed) return;
  await new Promise<void>((resolve) => {
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

export async function writeListXlsx(
  model: ListModel,
  honorees: readonly Honoree[],
  path: string,
): Promise<void> {
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Hội nghị';
  workbook.lastModifiedBy = 'Hội nghị';
  workbook.title = model.title;
  useTextFontAsDefault(workbook);
  const failed = failureSignal(workbook);
  try {
    await writeListSheet(workbook, model, failed);
    await writeDataSheet(workbook, honorees, failed);
    await Promise.race([workbook.commit(), rejectOnAbort(failed)]);
  } catch (error) {
    await abandon(workbook);
    throw error;
  }
}
