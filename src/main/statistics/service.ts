import type { Kysely } from 'kysely';
import type { MethodParams } from '../../shared/api/contract';
import type { ExportedFile } from '../../shared/exports';
import type { Statistics } from '../../shared/statistics';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Database } from '../db/schema';
import { exportFileName, writeExport } from '../exports/files';
import { addMoneySheet } from '../money/statistics-xlsx';
import { readMoneyStatistics } from '../money/statistics';
import { mergeCounts } from './merge';
import { conferenceCounts } from './queries';
import { statisticsRows, statisticsWorkbook } from './xlsx';
import { transact } from '../db/transact';

interface StatisticsQuery {
  conferenceId: number;
  compareWithId: number | null;
}

async function conferenceTitle(db: Kysely<Database>, id: number, what: string): Promise<string> {
  const conference = await findConference(db, id);
  if (!conference) throw notFound(`${what} #${id}`);
  return conference.title;
}

/** Both conferences are read in one transaction, so the two sides are counted at the same moment. */
export async function readStatistics(db: Kysely<Database>, query: StatisticsQuery): Promise<Statistics> {
  const { conferenceId, compareWithId } = query;
  if (compareWithId === conferenceId) {
    throw new AppError(
      'VALIDATION',
      'Hãy chọn một hội nghị khác để so sánh, không phải chính hội nghị này.',
      {
        fields: [{ path: 'compareWithId', key: 'invalid' }],
      },
    );
  }
  return transact(db, async (trx) => {
    const conferenceTitleText = await conferenceTitle(trx, conferenceId, 'hội nghị');
    const compareTitle =
      compareWithId === null ? null : await conferenceTitle(trx, compareWithId, 'hội nghị so sánh');
    const current = await conferenceCounts(trx, conferenceId);
    const compared = compareWithId === null ? null : await conferenceCounts(trx, compareWithId);
    return {
      conferenceId,
      conferenceTitle: conferenceTitleText,
      compareWithId,
      compareTitle,
      countedStatuses: current.countedStatuses,
      compareCountedStatuses: compared?.countedStatuses ?? null,
      ...mergeCounts(current, compared),
    };
  });
}

/** The statistics as one workbook; a conference without a single nominee gives no file. */
export async function exportStatistics(
  ctx: CoreContext,
  query: MethodParams<'exports.statistics'>,
): Promise<ExportedFile> {
  const stats = await readStatistics(ctx.store.db, query);
  // Status counts every nominee not deleted: zero means the conference has none at all.
  if (stats.byStatus.total === 0) {
    throw new AppError('EMPTY_SELECTION', 'Hội nghị này chưa có đối tượng nào; chưa tạo tệp thống kê.');
  }
  const workbook = statisticsWorkbook(stats, ctx.now());
  // The reward money the decisions were issued with, on a sheet of its own when there is any.
  addMoneySheet(workbook, await readMoneyStatistics(ctx.store.db, query.conferenceId));
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Thống kê', stats.conferenceTitle, 'xlsx'),
    write: (path) => workbook.xlsx.writeFile(path),
    rows: statisticsRows(stats),
  });
}
