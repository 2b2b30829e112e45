import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Attendance, Council, CouncilMember } from '../../../shared/voting';
import type { CouncilMemberTable, Database } from '../../db/schema';

export type MemberRow = Selectable<CouncilMemberTable>;

export async function listMembers(db: Kysely<Database>, conferenceId: number): Promise<CouncilMember[]> {
  const rows = await db
    .selectFrom('council_members')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    conferenceId: r.conference_id,
    name: r.name,
    title: r.title,
    unit: r.unit,
    role: r.role,
    presence: r.presence,
    revision: r.revision,
  }));
}

export function attendanceOf(members: CouncilMember[]): Attendance {
  return {
    totalMembers: members.length,
    present: members.filter((m) => m.presence === 'present').length,
    writtenOpinions: members.filter((m) => m.presence === 'written_opinion').length,
  };
}

export async function councilOf(db: Kysely<Database>, conferenceId: number): Promise<Council> {
  const members = await listMembers(db, conferenceId);
  return { members, attendance: attendanceOf(members) };
}

/** A member still on the council, or undefined. */
export function findMember(db: Kysely<Database>, id: number): Promise<MemberRow | undefined> {
  return db
    .selectFrom('council_members')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function insertMember(db: Kysely<Database>, member: Insertable<CouncilMemberTable>) {
  return db
    .insertInto('council_members')
    .values(member)
    .returning(['id', 'name', 'title', 'unit', 'role', 'presence'])
    .executeTakeFirstOrThrow();
}

export async function updateMember(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<CouncilMemberTable>,
): Promise<void> {
  await db.updateTable('council_members').set(changes).where('id', '=', id).execute();
}
