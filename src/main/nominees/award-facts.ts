import type { Kysely } from 'kysely';
import type { NomineeStatus } from '../../shared/nominees';
import type { Database } from '../db/schema';

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
  const facts: AwardFacts[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('nominees as n')
      .leftJoin('award_forms as f', 'f.id', 'n.award_form_id')
      .select(['n.id', 'n.conference_id', 'n.full_name', 'n.status', 'f.name as award_form'])
      .where('n.id', 'in', ids.slice(i, i + 500))
      .orderBy('n.id')
      .execute();
    for (const r of rows) {
      facts.push({
        id: r.id,
        conferenceId: r.conference_id,
        fullName: r.full_name,
        awardForm: r.award_form,
        status: r.status,
      });
    }
  }
  return facts;
}

/** True when the award form or the status differs: the changes the audit log must show. */
export const awardChanged = (before: AwardFacts, after: AwardFacts): boolean =>
  before.awardForm !== after.awardForm || before.status !== after.status;

/** The facts the log shows, without the ids. */
export const awardOf = ({ fullName, awardForm, status }: AwardFacts) => ({ fullName, awardForm, status });
