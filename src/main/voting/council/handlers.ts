import type { Kysely } from 'kysely';
import type { Attendance, Council, CouncilMember } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { notFound } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { councilMethods } from '../../../shared/api/contract-council';
import type { Database } from '../../db/schema';
import { findConference } from '../../conferences/queries';

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

/** What the log keeps of a member: enough to know who, without the database ids. */
const memberFacts = (m: { name: string; title: string; unit: string; role: string; presence: string }) => ({
  fullName: m.name,
  position: m.title,
  unit: m.unit,
  role: m.role,
  presence: m.presence,
});

type CouncilHandlers = HandlersOf<typeof councilMethods>;

export function councilHandlers(ctx: CoreContext): CouncilHandlers {
  const { db } = ctx.store;
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'council.changed', conferenceId });

  const memberRow = async (id: number) => {
    const row = await db
      .selectFrom('council_members')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound(`thành viên hội đồng #${id}`);
    return row;
  };

  // Membership and presence set the denominators and the quorum of every vote: each change is
  // logged with the member it concerns, in the transaction that makes it.
  const audited = (
    row: { conference_id: number; id: number },
    action: string,
    before: unknown,
    after: unknown,
    write: (trx: Kysely<Database>) => Promise<unknown>,
  ) =>
    db.transaction().execute(async (trx) => {
      await write(trx);
      await appendAudit(trx, ctx.now().toISOString(), {
        conferenceId: row.conference_id,
        entity: 'council',
        entityId: row.id,
        action,
        before,
        after,
      });
    });

  return {
    'council.list': async ({ conferenceId }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      return councilOf(db, conferenceId);
    },
    'council.add': async ({ conferenceId, ...member }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('council_members')
          .values({ conference_id: conferenceId, ...member, created_at: ctx.now().toISOString() })
          .returning(['id', 'name', 'title', 'unit', 'role', 'presence'])
          .executeTakeFirstOrThrow();
        await appendAudit(trx, ctx.now().toISOString(), {
          conferenceId,
          entity: 'council',
          entityId: row.id,
          action: 'create',
          after: memberFacts(row),
        });
      });
      changed(conferenceId);
      return councilOf(db, conferenceId);
    },
    'council.update': async ({ id, ...member }) => {
      const row = await memberRow(id);
      await audited(row, 'update', memberFacts(row), memberFacts({ ...row, ...member }), (trx) =>
        trx.updateTable('council_members').set(member).where('id', '=', id).execute(),
      );
      changed(row.conference_id);
      return councilOf(db, row.conference_id);
    },
    'council.remove': async ({ id }) => {
      const row = await memberRow(id);
      await audited(row, 'delete', memberFacts(row), undefined, (trx) =>
        trx
          .updateTable('council_members')
          .set({ deleted_at: ctx.now().toISOString() })
          .where('id', '=', id)
          .execute(),
      );
      changed(row.conference_id);
      return councilOf(db, row.conference_id);
    },
    'council.setPresence': async ({ id, presence }) => {
      const row = await memberRow(id);
      if (row.presence !== presence) {
        const before = { fullName: row.name, presence: row.presence };
        await audited(row, 'presence', before, { fullName: row.name, presence }, (trx) =>
          trx.updateTable('council_members').set({ presence }).where('id', '=', id).execute(),
        );
      }
      changed(row.conference_id);
      return councilOf(db, row.conference_id);
    },
  };
}
