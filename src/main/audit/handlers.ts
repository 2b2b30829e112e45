import { mkdirSync } from 'node:fs';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { auditMethods } from '../../shared/api/contract-audit';
import { logsDir } from '../logging/logger';
import { exportAudit } from './export';
import { auditOperators, auditPage } from './queries';

/** The audit log viewer and the log files. */
export function auditHandlers(ctx: CoreContext): HandlersOf<typeof auditMethods> {
  const { readDb } = ctx.store;
  return {
    'audit.list': async ({ page, pageSize, ...filter }) => {
      const { entries, total } = await auditPage(readDb, filter, page, pageSize);
      return { entries, total, page, pageSize, operators: await auditOperators(readDb) };
    },

    'audit.export': (filter) => exportAudit(ctx, filter),

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
