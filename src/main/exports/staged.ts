import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { FileRegistry } from '../core/file-registry';
import { writeExport } from './files';

/**
 * A file a job worker drew under a staging name in the exports folder. The core hands it to
 * writeExport, which puts it in place as it does every export.
 */
export interface StagedExport {
  fileName: string;
  rows: number;
  /** Where the worker drew the file; the core moves it, or removes it when the export fails. */
  staged: string;
}

/** Draws the file under a staging name beside its destination; nothing is left if drawing fails. */
export async function drawStaged(
  dir: string,
  fileName: string,
  draw: (path: string) => Promise<void>,
): Promise<string> {
  const staged = join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.job.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    await draw(staged);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
  return staged;
}

/**
 * Puts a file a job drew into place through writeExport. A failure to draw it (disk full, say)
 * is reported by writeExport too, so it reads the same as for any export.
 */
export async function placeStaged(
  dir: string,
  files: FileRegistry,
  stage: () => Promise<StagedExport>,
  fallbackName: string,
): Promise<ExportedFile> {
  let staged: StagedExport;
  try {
    staged = await stage();
  } catch (error) {
    if (error instanceof AppError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    return writeExport({ dir, files, fileName: fallbackName, rows: 0, write: () => Promise.reject(error) });
  }
  try {
    return await writeExport({
      dir,
      files,
      fileName: staged.fileName,
      rows: staged.rows,
      write: (path) => rename(staged.staged, path),
    });
  } finally {
    rmSync(staged.staged, { force: true });
  }
}
