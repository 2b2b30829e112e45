import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { memberUpdateInput, Presence } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import type { Database } from '../../db/schema';
import { findMember, insertMember, updateMember, type MemberRow } from './queries';

/** What the log keeps of a member: enough to know who, without the database ids. */
const memberFacts = (m: { name: string; title: string; unit: string; role: string; presence: string }) => ({
  fullName: m.name,
  position: m.title,
  unit: m.unit,
  role: m.role,
  presence: m.presence,
});

type Clock = () => string;
/** A member's name, title, unit and role as the contract hands them over. */
type MemberFields = Omit<z.output<typeof memberUpdateInput>, 'id'>;

export async function memberRow(db: Kysely<Database>, id: number): Promise<MemberRow> {
  const row = await findMember(db, id);
  if (!row) throw notFound(`thành viên hội đồng #${id}`);
  return row;
}

// Membership and presence set the denominators and the quorum of every vote: each change is
// logged with the member it concerns, in the transaction that makes it.
function audited(
  db: Kysely<Database>,
  now: Clock,
  row: { conference_id: number; id: number },
  change: { action: string; before: unknown; after: unknown },
  write: (trx: Kysely<Database>) => Promise<unknown>,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await write(trx);
    await appendAudit(trx, now(), {
      conferenceId: row.conference_id,
      entity: 'council',
      entityId: row.id,
      ...change,
    });
  });
}

export function addMember(
  db: Kysely<Database>,
  now: Clock,
  conferenceId: number,
  member: MemberFields,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const row = await insertMember(trx, { conference_id: conferenceId, ...member, created_at: now() });
    await appendAudit(trx, now(), {
      conferenceId,
      entity: 'council',
      entityId: row.id,
      action: 'create',
      after: memberFacts(row),
    });
  });
}

export async function changeMember(
  db: Kysely<Database>,
  now: Clock,
  row: MemberRow,
  member: MemberFields,
): Promise<void> {
  const change = { action: 'update', before: memberFacts(row), after: memberFacts({ ...row, ...member }) };
  await audited(db, now, row, change, (trx) => updateMember(trx, row.id, member));
}

export async function removeMember(db: Kysely<Database>, now: Clock, row: MemberRow): Promise<void> {
  const change = { action: 'delete', before: memberFacts(row), after: undefined };
  await audited(db, now, row, change, (trx) => updateMember(trx, row.id, { deleted_at: now() }));
}

export async function setPresence(
  db: Kysely<Database>,
  now: Clock,
  row: MemberRow,
  presence: Presence,
): Promise<void> {
  if (row.presence === presence) return;
  const change = {
    action: 'presence',
    before: { fullName: row.name, presence: row.presence },
    after: { fullName: row.name, presence },
  };
  await audited(db, now, row, change, (trx) => updateMember(trx, row.id, { presence }));
}
