import { ceremonyRecordValues, stepShow, type ProjectorSetting } from '../../shared/projector';
import { AppError, notFound } from '../core/app-error';
import { appendAudit } from '../audit/log';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { projectorMethods } from '../../shared/api/contract-projector';
import {
  readCeremonyBatches,
  readCeremonyRecords,
  readSetting,
  requireConference,
  resolveContent,
  writeSetting,
} from './queries';

type ProjectorHandlers = HandlersOf<typeof projectorMethods>;

export const POLL_NOT_CLOSED = 'Chỉ chiếu được kết quả của cuộc bỏ phiếu đã kết thúc kiểm phiếu.';

/** The projector screen and the ceremony. */
export function projectorHandlers(ctx: CoreContext): ProjectorHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();

  const save = async (conferenceId: number, setting: ProjectorSetting) => {
    await writeSetting(db, conferenceId, setting, now());
    ctx.events.emit({ type: 'projector.changed', conferenceId });
    return resolveContent(db, conferenceId);
  };

  const step = async (conferenceId: number, direction: 1 | -1) => {
    await requireConference(db, conferenceId);
    const setting = await readSetting(db, conferenceId);
    const batches = await readCeremonyBatches(db, conferenceId, setting.batchSize);
    return save(conferenceId, stepShow(setting, batches.length, direction));
  };

  /** The approved honoree of a nominee id, with its conference. */
  const honoreeConference = async (nomineeId: number) => {
    const row = await db
      .selectFrom('nominees')
      .select(['conference_id', 'status', 'award_form_id'])
      .where('id', '=', nomineeId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound(`đối tượng #${nomineeId}`);
    if (row.status !== 'duoc_duyet' || row.award_form_id === null) {
      throw new AppError(
        'CONFLICT',
        'Đối tượng này chưa được duyệt khen thưởng (hoặc chưa có hình thức), nên không có trong buổi trao.',
      );
    }
    return row.conference_id;
  };

  return {
    'projector.state': ({ conferenceId }) => resolveContent(db, conferenceId),

    'projector.show': async (input) => {
      await requireConference(db, input.conferenceId);
      const current = await readSetting(db, input.conferenceId);
      switch (input.screen) {
        case 'ceremony':
          return save(input.conferenceId, {
            ...current,
            screen: 'ceremony',
            batchSize: input.batchSize,
            batchIndex: input.batchIndex,
          });
        case 'poll': {
          const poll = await db
            .selectFrom('polls')
            .select(['conference_id', 'state'])
            .where('id', '=', input.pollId)
            .executeTakeFirst();
          if (!poll || poll.conference_id !== input.conferenceId)
            throw notFound(`cuộc bỏ phiếu #${input.pollId}`);
          if (poll.state !== 'closed') throw new AppError('CONFLICT', POLL_NOT_CLOSED);
          return save(input.conferenceId, { ...current, screen: 'poll', pollId: input.pollId });
        }
        default:
          return save(input.conferenceId, { ...current, screen: input.screen });
      }
    },

    'projector.next': ({ conferenceId }) => step(conferenceId, 1),
    'projector.previous': ({ conferenceId }) => step(conferenceId, -1),

    'projector.openWindow': async () => {
      if (!ctx.shell.openProjectorWindow) return { opened: false };
      await ctx.shell.openProjectorWindow();
      return { opened: true };
    },

    'ceremony.list': async ({ conferenceId }) => {
      await requireConference(db, conferenceId);
      const { batchSize } = await readSetting(db, conferenceId);
      const batches = await readCeremonyBatches(db, conferenceId, batchSize);
      const inCeremony = new Set(batches.flatMap((b) => b.honorees.map((h) => h.nomineeId)));
      // Records of honorees no longer approved stay stored but are neither listed nor counted.
      const records = (await readCeremonyRecords(db, conferenceId)).filter((r) =>
        inCeremony.has(r.nomineeId),
      );
      const count = (status: string) => records.filter((r) => r.status === status).length;
      return {
        batchSize,
        batches,
        records,
        counts: {
          total: inCeremony.size,
          received: count('received'),
          absent: count('absent'),
          proxy: count('proxy'),
          pending: inCeremony.size - records.length,
        },
      };
    },

    'ceremony.record': async (input) => {
      const values = ceremonyRecordValues(input);
      if (!values.ok) {
        throw new AppError('VALIDATION', values.message, {
          fields: [{ path: 'proxyName', key: 'required' }],
        });
      }
      const conferenceId = await honoreeConference(input.nomineeId);
      const recordedAt = now();
      const after = { status: values.status, proxyName: values.proxyName };
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('ceremony_records')
          .select(['status', 'proxy_name as proxyName'])
          .where('nominee_id', '=', input.nomineeId)
          .executeTakeFirst();
        await trx
          .insertInto('ceremony_records')
          .values({
            nominee_id: input.nomineeId,
            conference_id: conferenceId,
            status: values.status,
            proxy_name: values.proxyName,
            recorded_at: recordedAt,
          })
          .onConflict((oc) =>
            oc.column('nominee_id').doUpdateSet({
              status: values.status,
              proxy_name: values.proxyName,
              recorded_at: recordedAt,
            }),
          )
          .execute();
        await appendAudit(trx, recordedAt, {
          conferenceId,
          entity: 'ceremony',
          entityId: input.nomineeId,
          action: 'record',
          ...(before ? { before } : {}),
          after,
        });
      });
      ctx.events.emit({ type: 'ceremony.changed', conferenceId });
      return { nomineeId: input.nomineeId, status: values.status, proxyName: values.proxyName, recordedAt };
    },

    'ceremony.clear': async ({ nomineeId }) => {
      const row = await db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom('ceremony_records')
          .where('nominee_id', '=', nomineeId)
          .returning(['conference_id', 'status', 'proxy_name'])
          .executeTakeFirst();
        if (removed) {
          await appendAudit(trx, now(), {
            conferenceId: removed.conference_id,
            entity: 'ceremony',
            entityId: nomineeId,
            action: 'clear',
            before: { status: removed.status, proxyName: removed.proxy_name },
          });
        }
        return removed;
      });
      if (row) ctx.events.emit({ type: 'ceremony.changed', conferenceId: row.conference_id });
      return { cleared: row !== undefined };
    },
  };
}
