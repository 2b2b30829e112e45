import type { Kysely } from 'kysely';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Database } from '../db/schema';
import { documentHeading } from '../documents/heading';
import { exportFileName } from '../exports/files';
import { drawStaged, placeStaged, type StagedExport } from '../exports/staged';
import { readPaymentList, type PaymentQuery } from './payment-list';
import { writePaymentListXlsx } from './payment-xlsx';

/** The payment list's file, drawn in a job worker like every export (exports/staged.ts). */

export const PAYMENT_LIST_FILE = 'Danh sách nhận tiền thưởng';

const NOTHING_TO_PAY =
  'Chưa có khen thưởng nào kèm tiền thưởng trong lựa chọn này; chưa tạo tệp nào. ' +
  'Hãy đặt hệ số tiền thưởng cho hình thức khen thưởng và mức lương cơ sở, rồi khen thưởng theo quyết định.';

export interface PaymentListJob extends PaymentQuery {
  dir: string;
  /** "YYYY-MM-DD": the day the list is dated. */
  today: string;
}

export async function stagePaymentList(db: Kysely<Database>, job: PaymentListJob): Promise<StagedExport> {
  const heading = await documentHeading(db, job.conferenceId);
  const { list, subject } = await readPaymentList(db, job);
  if (list.rows.length === 0) throw new AppError('EMPTY_SELECTION', NOTHING_TO_PAY);
  const fileName = exportFileName(PAYMENT_LIST_FILE, subject.fileWhich, 'xlsx');
  const staged = await drawStaged(job.dir, fileName, (path) =>
    writePaymentListXlsx(
      list,
      {
        organiser: heading.organiser,
        partyHeader: heading.partyHeader,
        placeName: heading.placeName,
        date: job.today,
      },
      path,
    ),
  );
  return { fileName, rows: list.rows.length, staged };
}

/** The local day of `now` as "YYYY-MM-DD". */
const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export function exportPaymentList(ctx: CoreContext, query: PaymentQuery): Promise<ExportedFile> {
  return placeStaged(
    ctx.exportsDir,
    ctx.files,
    () =>
      ctx.jobs.run(
        'exports.paymentList',
        { ...query, dir: ctx.exportsDir, today: localDay(ctx.now()) },
        ctx.store,
      ),
    `${PAYMENT_LIST_FILE}.xlsx`,
  );
}
