import type { Kysely } from 'kysely';
import type { Attendance, Council, CouncilMember, MemberRole, Presence } from '../../shared/voting';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import type { Database } from '../db/schema';
import { findConference } from '../conferences/queries';

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
    role: r.role as MemberRole,
    presence: r.presence as Presence,
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

type CouncilHandlers = Pick<
  Handlers,
  'council.list' | 'council.add' | 'council.update' | 'council.remove' | 'council.setPresence'
>;

export function councilHandlers(ctx: CoreContext): CouncilHandlers {
  const { db } = ctx.store;
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'council.changed', conferenceId });

  const memberConference = async (id: number): Promise<number> => {
    const row = await db
      .selectFrom('council_members')
      .select('conference_id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound(`thành viên hội đồng #${id}`);
    return row.conference_id;
  };

  return {
    'council.list': async ({ conferenceId }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      return councilOf(db, conferenceId);
    },
    'council.add': async ({ conferenceId, ...member }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      await db
        .insertInto('council_members')
        .values({ conference_id: conferenceId, ...member, created_at: ctx.now().toISOString() })
        .execute();
      changed(conferenceId);
      return councilOf(db, conferenceId);
    },
    'council.update': async ({ id, ...member }) => {
      const conferenceId = await memberConference(id);
      await db.updateTable('council_members').set(member).where('id', '=', id).execute();
      changed(conferenceId);
      return councilOf(db, conferenceId);
    },
    'council.remove': async ({ id }) => {
      const conferenceId = await memberConference(id);
      await db
        .updateTable('council_members')
        .set({ deleted_at: ctx.now().toISOString() })
        .where('id', '=', id)
        .execute();
      changed(conferenceId);
      return councilOf(db, conferenceId);
    },
    'council.setPresence': async ({ id, presence }) => {
      const conferenceId = await memberConference(id);
      await db.updateTable('council_members').set({ presence }).where('id', '=', id).execute();
      changed(conferenceId);
      return councilOf(db, conferenceId);
    },
  };
}
