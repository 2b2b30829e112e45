import type { z } from 'zod';
import type { decisionCreateInput } from '../../shared/certificates';
import { appendAudit } from '../audit/log';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { decisionMethods } from '../../shared/api/contract-decisions';
import { assignAwards, numberUnnumbered } from './assign';
import { listDecisions, listRegisters, readAwards, readDecision, registerRow, toRegister } from './queries';

type DecisionHandlers = HandlersOf<typeof decisionMethods>;

type DecisionFields = Omit<z.output<typeof decisionCreateInput>, 'conferenceId'>;

function decisionColumns(f: DecisionFields) {
  return {
    number: f.number,
    date: f.date,
    issuer: f.issuer,
    signer_capacity: f.signerCapacity,
    signer_title: f.signerTitle,
    signer_name: f.signerName,
    place_name: f.placeName,
    register_id: f.registerId,
  };
}

export function decisionHandlers(ctx: CoreContext): DecisionHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'decisions.changed', conferenceId });

  const decisionRow = async (id: number) => {
    const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(`quyết định khen thưởng #${id}`);
    return row;
  };

  return {
    'registers.list': () => listRegisters(db),

    'registers.create': async (input) => {
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('registers')
          .values({
            name: input.name,
            prefix: input.prefix,
            suffix: input.suffix,
            padding: input.padding,
            next_number: input.nextNumber,
            created_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now(), {
          conferenceId: null,
          entity: 'register',
          entityId: row.id,
          action: 'create',
          after: input,
        });
        return row.id;
      });
      return toRegister(await registerRow(db, id));
    },

    'registers.update': async ({ id, ...input }) => {
      await db.transaction().execute(async (trx) => {
        const before = await registerRow(trx, id);
        // Numbers below the counter may already be on certificates: going back would repeat them.
        if (input.nextNumber < before.next_number) {
          throw new AppError(
            'CONFLICT',
            `Số tiếp theo của sổ "${before.name}" không thể giảm từ ${before.next_number} xuống ${input.nextNumber}: ` +
              'các số nhỏ hơn có thể đã được cấp, một số không bao giờ được cấp hai lần.',
            { fields: [{ path: 'nextNumber', key: 'invalid' }] },
          );
        }
        await trx
          .updateTable('registers')
          .set({
            name: input.name,
            prefix: input.prefix,
            suffix: input.suffix,
            padding: input.padding,
            next_number: input.nextNumber,
          })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, now(), {
          conferenceId: null,
          entity: 'register',
          entityId: id,
          action: 'update',
          before: toRegister(before),
          after: input,
        });
      });
      return toRegister(await registerRow(db, id));
    },

    'decisions.list': async ({ conferenceId }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      return listDecisions(db, conferenceId);
    },

    'decisions.create': async ({ conferenceId, ...fields }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      if (fields.registerId !== null) await registerRow(db, fields.registerId);
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('decisions')
          .values({
            conference_id: conferenceId,
            ...decisionColumns(fields),
            created_at: now(),
            updated_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now(), {
          conferenceId,
          entity: 'decision',
          entityId: row.id,
          action: 'create',
          after: fields,
        });
        return row.id;
      });
      changed(conferenceId);
      return readDecision(db, id);
    },

    'decisions.update': async ({ id, ...fields }) => {
      const before = await decisionRow(id);
      if (fields.registerId !== null) await registerRow(db, fields.registerId);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('decisions')
          .set({ ...decisionColumns(fields), updated_at: now() })
          .where('id', '=', id)
          .execute();
        // Awards already numbered keep their numbers; only those without one take the new register's.
        const numbered =
          fields.registerId !== null && fields.registerId !== before.register_id
            ? await numberUnnumbered(trx, id, fields.registerId)
            : null;
        await appendAudit(trx, now(), {
          conferenceId: before.conference_id,
          entity: 'decision',
          entityId: id,
          action: 'update',
          before: { number: before.number, date: before.date, registerId: before.register_id },
          after: { ...fields, numbered },
        });
      });
      changed(before.conference_id);
      return readDecision(db, id);
    },

    'decisions.delete': async ({ id }) => {
      const before = await readDecision(db, id);
      await db.transaction().execute(async (trx) => {
        // Awards and their print records go with it (on delete cascade); the register's counter
        // stays where it is, so the numbers they had are never given again.
        await trx.deleteFrom('decisions').where('id', '=', id).execute();
        await appendAudit(trx, now(), {
          conferenceId: before.conferenceId,
          entity: 'decision',
          entityId: id,
          action: 'delete',
          before: { number: before.number, date: before.date, awardCount: before.awardCount },
        });
      });
      changed(before.conferenceId);
      return { deleted: 1 };
    },

    'decisions.assign': async ({ decisionId, nomineeIds }) => {
      const decision = await decisionRow(decisionId);
      const outcome = await db.transaction().execute(async (trx) => {
        const result = await assignAwards(trx, decision, nomineeIds, now());
        if (result.added > 0) {
          await appendAudit(trx, now(), {
            conferenceId: decision.conference_id,
            entity: 'decision',
            entityId: decisionId,
            action: 'assign',
            detail: decision.number,
            after: { added: result.added, registerId: decision.register_id, numbered: result.numbered },
          });
        }
        return result;
      });
      if (outcome.added > 0) changed(decision.conference_id);
      return readAwards(db, decisionId);
    },

    'decisions.awards': async ({ id }) => {
      await decisionRow(id);
      return readAwards(db, id);
    },
  };
}
