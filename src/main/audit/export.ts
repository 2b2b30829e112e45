import type { MethodParams } from '../../shared/api/contract';
import type { ExportedFile } from '../../shared/exports';
import type { CoreContext } from '../core/context';
import { exportFileName, writeExport } from '../exports/files';
import { auditEntries } from './queries';
import { writeAuditXlsx } from './xlsx';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The filtered log as a workbook named after today's date. */
export async function exportAudit(
  ctx: CoreContext,
  filter: MethodParams<'audit.export'>,
): Promise<ExportedFile> {
  const entries = await auditEntries(ctx.store.readDb, filter);
  const today = ctx.now();
  const stamp = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Nhật ký thay đổi', stamp, 'xlsx'),
    rows: entries.length,
    write: (path) => writeAuditXlsx(entries, path),
  });
}
