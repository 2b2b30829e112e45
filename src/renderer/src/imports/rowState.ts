import type { ImportRow } from '../../../shared/imports';
import type { NomineeInput } from '../../../shared/nominees';

/** What the person decided about the rows: corrections and rows left out. */
export interface RowDecisions {
  edits: Map<number, NomineeInput>;
  excluded: Set<number>;
}

export const hasProblems = (row: ImportRow, decisions: RowDecisions): boolean =>
  row.issues.length > 0 && !decisions.edits.has(row.rowNumber);

/** Worth a look though not wrong: duplicates, earlier awards, converted legacy text. */
export const needsAttention = (row: ImportRow): boolean =>
  row.duplicateOfRow !== null || row.alreadyNominated || row.history.length > 0 || row.encodings.length > 0;

/** The decisions with every row already nominated in the conference left out (a list sent twice). */
export function leaveOutAlreadyNominated(rows: ImportRow[], decisions: RowDecisions): RowDecisions {
  const excluded = new Set(decisions.excluded);
  for (const row of rows) if (row.alreadyNominated) excluded.add(row.rowNumber);
  return { ...decisions, excluded };
}
