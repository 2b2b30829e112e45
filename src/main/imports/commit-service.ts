import type { MethodOutput, MethodParams } from '../../shared/api/contract';
import type { ImportRow } from '../../shared/imports';
import { nomineeValues, type NomineeValues } from '../../shared/nominees';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { ImportCommitJob } from './commit';
import { headingSignature } from './detect-header';
import type { ImportSession } from './sessions';

type CommitChoice = Omit<MethodParams<'imports.commit'>, 'importId'>;

/** Values of a row as read, for rows the person did not touch. */
function valuesOf(row: ImportRow | ImportSession['rows'][number]): NomineeValues {
  return {
    kind: row.kind,
    honorific: row.honorific,
    fullName: row.fullName,
    gender: row.gender,
    birth: row.birth,
    position: row.position,
    unitName: row.unitName,
    achievement: row.achievement,
    awardFormId: row.awardFormId,
    proposingUnitName: row.proposingUnitName,
    status: 'de_nghi',
    notes: row.notes,
  };
}

/**
 * The rows to write: edited rows as the person corrected them, untouched rows as read. Nothing is
 * written while one kept row still has an error, or when every row was left out.
 */
export function acceptedRows(
  session: ImportSession,
  { exclude, edits }: Pick<CommitChoice, 'exclude' | 'edits'>,
): { row: number; values: NomineeValues }[] {
  const excluded = new Set(exclude);
  const edited = new Map(edits.map((e) => [e.rowNumber, e]));
  const accepted: { row: number; values: NomineeValues }[] = [];
  const blocked: number[] = [];
  for (const row of session.rows) {
    if (excluded.has(row.rowNumber)) continue;
    const edit = edited.get(row.rowNumber);
    if (edit) {
      const { rowNumber: _rowNumber, ...values } = edit;
      const parsed = nomineeValues.safeParse(values);
      if (parsed.success) accepted.push({ row: row.rowNumber, values: parsed.data });
      else blocked.push(row.rowNumber);
    } else if (row.issues.length > 0) {
      blocked.push(row.rowNumber);
    } else {
      accepted.push({ row: row.rowNumber, values: valuesOf(row) });
    }
  }
  if (blocked.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Còn ${blocked.length} dòng có lỗi (dòng ${blocked.slice(0, 10).join(', ')}${blocked.length > 10 ? ', …' : ''}). ` +
        'Hãy sửa hoặc bỏ qua các dòng này rồi ghi lại; chưa có dòng nào được ghi.',
      { rows: blocked },
    );
  }
  if (accepted.length === 0) {
    throw new AppError('VALIDATION', 'Không có dòng nào để ghi: mọi dòng đều đã bị bỏ qua.');
  }
  return accepted;
}

/**
 * Writes the session's accepted rows in a job worker. `committing` holds the sessions being
 * written, so a second click cannot write the same rows twice.
 */
export async function commitImport(
  ctx: CoreContext,
  session: ImportSession,
  choice: CommitChoice,
  committing: Set<string>,
): Promise<MethodOutput<'imports.commit'>> {
  const accepted = acceptedRows(session, choice);
  const job: ImportCommitJob = {
    conferenceId: session.conferenceId,
    fileName: session.fileName,
    sheetName: session.sheetName,
    rows: accepted,
    skipped: new Set(choice.exclude).size,
    writeAlreadyNominated: choice.writeAlreadyNominated,
    mapping: choice.rememberMapping
      ? { signature: headingSignature(session.columns), columns: session.columns }
      : null,
    now: ctx.now().toISOString(),
  };
  if (committing.has(session.id)) throw new AppError('CONFLICT', 'Danh sách này đang được ghi.');
  committing.add(session.id);
  try {
    // Written on the job's own connection, in a worker: lists keep answering meanwhile, and
    // the core's own writes wait at the gate instead of on SQLite's lock.
    const { unitsCreated } = await ctx.gate.exclusively(() => ctx.jobs.run('imports.commit', job, ctx.store));
    return { created: accepted.length, unitsCreated, conferenceId: session.conferenceId };
  } finally {
    committing.delete(session.id);
  }
}
