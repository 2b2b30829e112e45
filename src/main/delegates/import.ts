import type { Kysely } from 'kysely';
import type { DelegateImportField, DelegateImportPreview } from '../../shared/delegates';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import type { Database } from '../db/schema';
import { readTextGrids } from '../imports/cells';
import { detectHeaderWith, type HeaderColumn } from '../imports/detect-header';
import { ImportSessions, type SessionStamp } from '../imports/sessions';
import { inspectXlsx } from '../imports/xlsx-guard';
import { matchDelegateHeading, parseDelegateRows, personKey, type ParsedDelegateRow } from './import-rows';
import { delegateColumns } from './queries';
import { transact } from '../db/transact';

type ImportHandlers = Pick<Handlers, 'delegates.importOpen' | 'delegates.importCommit'>;

interface DelegateImportSession extends SessionStamp {
  conferenceId: number;
  fileName: string;
  sheetName: string;
  headerRow: number;
  columns: HeaderColumn<DelegateImportField>[];
  rows: ParsedDelegateRow[];
}

const expired = () =>
  new AppError('NOT_FOUND', 'Phiên nhập tệp đã hết hạn hoặc đã được ghi. Hãy chọn lại tệp để nhập.');

/** Marks badges already given in the conference (a blocking problem) and people already listed (a warning). */
async function preview(db: Kysely<Database>, session: DelegateImportSession): Promise<DelegateImportPreview> {
  const existing = await db
    .selectFrom('delegates')
    .select(['full_name', 'unit_name', 'badge'])
    .where('conference_id', '=', session.conferenceId)
    .where('deleted_at', 'is', null)
    .execute();
  const badges = new Map(existing.filter((d) => d.badge !== '').map((d) => [d.badge, d.full_name]));
  const people = new Set(existing.map((d) => personKey(d.full_name, d.unit_name)));
  return {
    importId: session.id,
    fileName: session.fileName,
    sheetName: session.sheetName,
    headerRow: session.headerRow + 1,
    columns: session.columns,
    rows: session.rows.map((row) => {
      const holder = row.badge === '' ? undefined : badges.get(row.badge);
      return {
        ...row,
        issues:
          holder === undefined
            ? row.issues
            : [...row.issues, { field: 'badge', key: 'badgeTaken', value: `${row.badge} (${holder})` }],
        alreadyListed: row.fullName !== '' && people.has(personKey(row.fullName, row.unitName)),
      };
    }),
  };
}

/**
 * The delegate list import: the same guarded reading as the nominee import (zip caps before
 * parsing, streaming reader, legacy encodings, heading detection), then one transaction.
 */
export function delegateImportHandlers(ctx: CoreContext): ImportHandlers {
  const { db } = ctx.store;
  const sessions = new ImportSessions<DelegateImportSession>();

  return {
    'delegates.importOpen': async ({ conferenceId, fileName, contentBase64 }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      const bytes = Buffer.from(contentBase64, 'base64');
      inspectXlsx(bytes, fileName);
      const sheets = await readTextGrids(bytes, fileName);
      const detected = sheets
        .map((s) => ({ sheet: s, header: detectHeaderWith(s.grid, matchDelegateHeading) }))
        .sort(
          (a, b) =>
            b.header.columns.filter((c) => c.field).length - a.header.columns.filter((c) => c.field).length,
        );
      const best = detected[0];
      if (!best) throw new AppError('FILE_REJECTED', `Tệp “${fileName}” không có trang tính nào có dữ liệu.`);
      if (best.header.headerRow < 0) {
        throw new AppError(
          'VALIDATION',
          `Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong tệp “${fileName}”. ` +
            'Hãy kiểm tra tệp có phải danh sách đại biểu không.',
        );
      }
      const session = sessions.create({
        conferenceId,
        fileName,
        sheetName: best.sheet.name,
        headerRow: best.header.headerRow,
        columns: best.header.columns,
        rows: parseDelegateRows(best.sheet.grid, best.header.headerRow, best.header.columns),
      });
      return preview(db, session);
    },

    'delegates.importCommit': async ({ importId, exclude }) => {
      const session = sessions.open(importId, expired);
      const excluded = new Set(exclude);
      // Checked again at commit: someone may have added a delegate since the preview.
      const checked = (await preview(db, session)).rows.filter((row) => !excluded.has(row.rowNumber));
      const blocked = checked.filter((row) => row.issues.length > 0).map((row) => row.rowNumber);
      if (blocked.length > 0) {
        throw new AppError(
          'VALIDATION',
          `Còn ${blocked.length} dòng có lỗi (dòng ${blocked.slice(0, 10).join(', ')}${blocked.length > 10 ? ', …' : ''}). ` +
            'Hãy sửa tệp hoặc bỏ qua các dòng này rồi ghi lại; chưa có dòng nào được ghi.',
          { rows: blocked },
        );
      }
      if (checked.length === 0) {
        throw new AppError('VALIDATION', 'Không có dòng nào để ghi: mọi dòng đều đã bị bỏ qua.');
      }
      const now = ctx.now().toISOString();
      await transact(db, async (trx) => {
        for (const row of checked) {
          await trx
            .insertInto('delegates')
            .values({
              conference_id: session.conferenceId,
              ...delegateColumns(row),
              source_file: session.fileName,
              source_row: row.rowNumber,
              created_at: now,
              updated_at: now,
            })
            .execute();
        }
      });
      sessions.delete(importId);
      ctx.events.emit({ type: 'delegates.changed', conferenceId: session.conferenceId });
      return { created: checked.length, conferenceId: session.conferenceId };
    },
  };
}
