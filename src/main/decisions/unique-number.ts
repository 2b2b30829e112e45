import type { Kysely } from 'kysely';
import { formatTableDate } from '../../shared/dates';
import { normalizeLine } from '../../shared/text';
import { AppError } from '../core/app-error';
import type { Database } from '../db/schema';

/**
 * A decision's number and symbol ("123-QĐ/ThU") is given once per issuing body and year
 * (Nghị định 30/2020/NĐ-CP on văn bản: numbering restarts on 1 January). Two decisions of one
 * issuer with the same number in the same year are a typing slip, or the same decision entered
 * twice; either way its certificates would cite a decision that cannot be told apart.
 *
 * The check is made within the conference: a conference copied in from an archive legitimately
 * carries the same decisions as its original.
 */

/** Spacing and letter case are not part of a number: "123 - QĐ/ThU" is "123-qđ/thu". */
const numberKey = (value: string) => normalizeLine(value).replace(/\s+/gu, '').toLocaleLowerCase('vi');
const issuerKey = (value: string) => normalizeLine(value).toLocaleLowerCase('vi');
const year = (isoDate: string) => isoDate.slice(0, 4);

export interface DecisionIdentity {
  number: string;
  issuer: string;
  date: string;
}

/** Refuses a decision whose number, issuer and year another decision of the conference already has. */
export async function refuseDuplicateNumber(
  db: Kysely<Database>,
  conferenceId: number,
  decision: DecisionIdentity,
  exceptId: number | null,
): Promise<void> {
  const others = await db
    .selectFrom('decisions')
    .select(['id', 'number', 'issuer', 'date'])
    .where('conference_id', '=', conferenceId)
    .execute();
  const clash = others.find(
    (d) =>
      d.id !== exceptId &&
      numberKey(d.number) === numberKey(decision.number) &&
      issuerKey(d.issuer) === issuerKey(decision.issuer) &&
      year(d.date) === year(decision.date),
  );
  if (!clash) return;
  const issuer = clash.issuer ? ` của ${clash.issuer}` : '';
  throw new AppError(
    'CONFLICT',
    `Đã có quyết định số ${clash.number}${issuer} ngày ${formatTableDate(clash.date)} trong hội nghị này. ` +
      'Mỗi cơ quan ban hành chỉ cấp một số cho một văn bản trong năm; hãy kiểm tra lại số quyết định.',
    { fields: [{ path: 'number', key: 'duplicate' }] },
  );
}
