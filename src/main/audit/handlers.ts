import { mkdirSync } from 'node:fs';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { auditMethods } from '../../shared/api/contract-audit';
import { exportFileName, writeExport } from '../exports/files';
import { logsDir } from '../logging/logger';
import { AUDIT_COLUMNS, auditOperators, auditPage, filteredAudit, toAuditEntry } from './queries';
import { writeAuditXlsx } from './xlsx';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The audit log viewer and the log files. */
export function auditHandlers(ctx: CoreContext): HandlersOf<typeof auditMethods> {
  const { readDb } = ctx.store;
  return {
    'audit.list': async ({ page, pageSize, ...filter }) => {
      const { entries, total } = await auditPage(readDb, filter, page, pageSize);
      return { entries, total, page, pageSize, operators: await auditOperators(readDb) };
    },

    'audit.export': async (filter) => {
      const rows = await filteredAudit(readDb, filter).select(AUDIT_COLUMNS).orderBy('id', 'desc').execute();
      const entries = rows.map(toAuditEntry);
      const today = ctx.now();
      const stamp = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
      return writeExport({
        dir: ctx.exportsDir,
        files: ctx.files,
        fileName: exportFileName(`Nhat ky thay doi ${stamp}`, 'xlsx', 'Nhat ky thay doi'),
        rows: entries.length,
        write: (path) => writeAuditXlsx(entries, path),
      });
    },

    'logs.openFolder': async () => {
      const path = logsDir(ctx.dataDir);
      // Shown even before the first line is written, so the folder is where the path says.
      mkdirSync(path, { recursive: true });
      if (!ctx.shell.openFolder) return { opened: false, path };
      await ctx.shell.openFolder(path);
      return { opened: true, path };
    },
  };
}
