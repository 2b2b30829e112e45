import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import type { memberUpdateInput, Presence } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import { claimRevision } from '../../db/revision';
import type { CouncilMemberTable, Database } from '../../db/schema';
import { findMember, insertMember, updateMember, type MemberRow } from './queries';
import { transact } from '../../db/transact';

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
type MemberFields = Omit<z.output<typeof memberUpdateInput>, 'id' | 'revision'>;
const WHAT = 'thành viên hội đồng';

export async function memberRow(db: Kysely<Database>, id: number): Promise<MemberRow> {
  const row = await findMember(db, id);
  if (!row) throw notFound(`${WHAT} #${id}`);
  return row;
}

// Membership and presence set the denominators and the quorum of every vote: each change is
// logged with the member it concerns, in the transaction that makes it.

export function addMember(
  db: Kysely<Database>,
  now: Clock,
  conferenceId: number,
  member: MemberFields,
): Promise<void> {
  return transact(db, async (trx) => {
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

/**
 * An edit of a member as a window last read it (`revision`): the claim comes first, so a window
 * that read an older copy is refused before anything is looked at or written. Returns the
 * member's conference.
 */
function editMember(
  db: Kysely<Database>,
  now: Clock,
  target: { id: number; revision: number },
  edit: (row: MemberRow) => {
    change: { action: string; before: unknown; after: unknown };
    fields: Updateable<CouncilMemberTable>;
  },
): Promise<number> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'council_members', target.id, target.revision, WHAT);
    const row = await memberRow(trx, target.id);
    const { change, fields } = edit(row);
    await updateMember(trx, row.id, fields);
    await appendAudit(trx, now(), {
      conferenceId: row.conference_id,
      entity: 'council',
      entityId: row.id,
      ...change,
    });
    return row.conference_id;
  });
}

export function changeMember(
  db: Kysely<Database>,
  now: Clock,
  target: { id: number; revision: number },
  member: MemberFields,
): Promise<number> {
  return editMember(db, now, target, (row) => ({
    change: { action: 'update', before: memberFacts(row), after: memberFacts({ ...row, ...member }) },
    fields: member,
  }));
}

export function removeMember(
  db: Kysely<Database>,
  now: Clock,
  target: { id: number; revision: number },
): Promise<number> {
  return editMember(db, now, target, (row) => ({
    change: { action: 'delete', before: memberFacts(row), after: undefined },
    fields: { deleted_at: now() },
  }));
}

/**
 * A member present or absent. The member is read inside the transaction that writes, so the
 * log's "before" is what the change replaced even when two desks mark the same member at once
 * (on a server the second one reruns and finds nothing left to change). Returns the member's
 * conference.
 */
export function setPresence(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  presence: Presence,
): Promise<number> {
  return transact(db, async (trx) => {
    const row = await memberRow(trx, id);
    if (row.presence === presence) return row.conference_id;
    await updateMember(trx, row.id, { presence });
    await appendAudit(trx, now(), {
      conferenceId: row.conference_id,
      entity: 'council',
      entityId: row.id,
      action: 'presence',
      before: { fullName: row.name, presence: row.presence },
      after: { fullName: row.name, presence },
    });
    return row.conference_id;
  });
}
