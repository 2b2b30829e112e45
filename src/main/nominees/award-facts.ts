import type { Kysely } from 'kysely';
import type { NomineeStatus } from '../../shared/nominees';
import type { Database } from '../db/schema';
import { readStandings } from './read-model';

/** What the audit log keeps of a nominee's award: the form by name, so the row reads on its own. */
export interface AwardFacts {
  id: number;
  conferenceId: number;
  fullName: string;
  awardForm: string | null;
  status: NomineeStatus;
}

/** The award facts of the given nominees (deleted ones too); call inside the writing transaction. */
export async function readAwardFacts(db: Kysely<Database>, ids: readonly number[]): Promise<AwardFacts[]> {
  const standings = await readStandings(db, ids);
  return standings.map(({ id, conferenceId, fullName, awardFormName, status }) => ({
    id,
    conferenceId,
    fullName,
    awardForm: awardFormName,
    status,
  }));
}

/** True when the award form or the status differs: the changes the audit log must show. */
export const awardChanged = (before: AwardFacts, after: AwardFacts): boolean =>
  before.awardForm !== after.awardForm || before.status !== after.status;

/** The facts the log shows, without the ids. */
export const awardOf = ({ fullName, awardForm, status }: AwardFacts) => ({ fullName, awardForm, status });
