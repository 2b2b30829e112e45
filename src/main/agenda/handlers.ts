import type { z } from 'zod';
import type { agendaItemFields } from '../../shared/agenda';
import { appendAudit } from '../audit/log';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import { documentHeading } from '../documents/heading';
import { exportFileName, writeExport } from '../exports/files';
import { writeProgrammePdf } from './programme-pdf';
import { conferenceOf, itemRow, itemRows, readAgenda, readAgendaItem } from './queries';
import { runTransition, type RunCommand } from './run';

type AgendaHandlers = Pick<
  Handlers,
  | 'agenda.list'
  | 'agenda.create'
  | 'agenda.update'
  | 'agenda.delete'
  | 'agenda.reorder'
  | 'agenda.start'
  | 'agenda.next'
  | 'agenda.previous'
  | 'agenda.finish'
  | 'agenda.reset'
  | 'agenda.programmePdf'
>;

type ItemFields = z.output<typeof agendaItemFields>;

const itemColumns = (f: ItemFields) => ({
  title: f.title,
  kind: f.kind,
  presenter: f.presenter,
  presenter_title: f.presenterTitle,
  duration_minutes: f.durationMinutes,
  notes: f.notes,
});

const NOTHING_TO_PRINT =
  'Chương trình hội nghị chưa có mục nào; chưa tạo tệp nào. Hãy thêm các mục rồi in lại.';
const ORDER_CHANGED =
  'Danh sách mục của chương trình đã thay đổi (có mục vừa được thêm hoặc xóa). Hãy tải lại rồi sắp xếp lại.';
const CURRENT_NOT_DELETABLE =
  'Mục này đang diễn ra trong chế độ điều hành; hãy chuyển sang mục khác hoặc kết thúc trước khi xóa.';

/** The agenda and its run mode. */
export function agendaHandlers(ctx: CoreContext): AgendaHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'agenda.changed', conferenceId });

  /** One run-mode step: read, decide and write in one transaction, so two clicks cannot make two current items. */
  const run = async (conferenceId: number, command: RunCommand) => {
    await conferenceOf(db, conferenceId);
    const at = now();
    await db.transaction().execute(async (trx) => {
      const rows = await itemRows(trx, conferenceId);
      const items = rows.map((r) => ({ id: r.id, actualStart: r.actual_start, actualEnd: r.actual_end }));
      const outcome = runTransition(items, command, at);
      if (!outcome.ok) throw new AppError('INVALID_STATE', outcome.reason);
      for (const c of outcome.changes) {
        await trx
          .updateTable('agenda_items')
          .set({ actual_start: c.actualStart, actual_end: c.actualEnd })
          .where('id', '=', c.id)
          .execute();
      }
    });
    changed(conferenceId);
    return readAgenda(db, conferenceId);
  };

  return {
    'agenda.list': ({ conferenceId }) => readAgenda(db, conferenceId),

    'agenda.create': async ({ conferenceId, ...fields }) => {
      await conferenceOf(db, conferenceId);
      const id = await db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('agenda_items')
          .select((eb) => eb.fn.max('position').as('position'))
          .where('conference_id', '=', conferenceId)
          .executeTakeFirst();
        const row = await trx
          .insertInto('agenda_items')
          .values({
            conference_id: conferenceId,
            position: (last?.position ?? 0) + 1,
            ...itemColumns(fields),
            created_at: now(),
            updated_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(trx, now(), {
          conferenceId,
          entity: 'agenda_item',
          entityId: row.id,
          action: 'create',
          after: fields,
        });
        return row.id;
      });
      changed(conferenceId);
      return readAgendaItem(db, id);
    },

    'agenda.update': async ({ id, ...fields }) => {
      const before = await itemRow(db, id);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('agenda_items')
          .set({ ...itemColumns(fields), updated_at: now() })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, now(), {
          conferenceId: before.conference_id,
          entity: 'agenda_item',
          entityId: id,
          action: 'update',
          before: { title: before.title, kind: before.kind, durationMinutes: before.duration_minutes },
          after: fields,
        });
      });
      changed(before.conference_id);
      return readAgendaItem(db, id);
    },

    'agenda.delete': async ({ id }) => {
      const before = await itemRow(db, id);
      if (before.actual_start !== null && before.actual_end === null) {
        throw new AppError('INVALID_STATE', CURRENT_NOT_DELETABLE);
      }
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('agenda_items').where('id', '=', id).execute();
        // Close the gap so positions stay 1..n.
        const rest = await itemRows(trx, before.conference_id);
        for (const [i, row] of rest.entries()) {
          if (row.position !== i + 1) {
            await trx
              .updateTable('agenda_items')
              .set({ position: i + 1 })
              .where('id', '=', row.id)
              .execute();
          }
        }
        await appendAudit(trx, now(), {
          conferenceId: before.conference_id,
          entity: 'agenda_item',
          entityId: id,
          action: 'delete',
          before: {
            title: before.title,
            position: before.position,
            durationMinutes: before.duration_minutes,
          },
        });
      });
      changed(before.conference_id);
      return { deleted: 1 };
    },

    'agenda.reorder': async ({ conferenceId, ids }) => {
      await conferenceOf(db, conferenceId);
      await db.transaction().execute(async (trx) => {
        const rows = await itemRows(trx, conferenceId);
        const known = new Set(rows.map((r) => r.id));
        // A list from a stale screen would silently drop or misplace items: refuse it whole.
        if (ids.length !== rows.length || ids.some((id) => !known.has(id))) {
          throw new AppError('CONFLICT', ORDER_CHANGED);
        }
        for (const [i, id] of ids.entries()) {
          await trx
            .updateTable('agenda_items')
            .set({ position: i + 1, updated_at: now() })
            .where('id', '=', id)
            .execute();
        }
      });
      changed(conferenceId);
      return readAgenda(db, conferenceId);
    },

    'agenda.start': ({ conferenceId }) => run(conferenceId, 'start'),
    'agenda.next': ({ conferenceId }) => run(conferenceId, 'next'),
    'agenda.previous': ({ conferenceId }) => run(conferenceId, 'previous'),
    'agenda.finish': ({ conferenceId }) => run(conferenceId, 'finish'),

    'agenda.reset': async ({ conferenceId }) => {
      await conferenceOf(db, conferenceId);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('agenda_items')
          .set({ actual_start: null, actual_end: null })
          .where('conference_id', '=', conferenceId)
          .execute();
        await appendAudit(trx, now(), {
          conferenceId,
          entity: 'agenda',
          entityId: conferenceId,
          action: 'reset',
        });
      });
      changed(conferenceId);
      return readAgenda(db, conferenceId);
    },

    'agenda.programmePdf': async ({ conferenceId }) => {
      const heading = await documentHeading(db, conferenceId);
      const agenda = await readAgenda(db, conferenceId);
      if (agenda.items.length === 0) throw new AppError('EMPTY_SELECTION', NOTHING_TO_PRINT);
      return writeExport({
        dir: ctx.exportsDir,
        files: ctx.files,
        // Vietnamese letters stay: Windows keeps Unicode file names.
        fileName: exportFileName(
          `Chương trình - ${heading.conference.title}`,
          'pdf',
          'Chuong trinh hoi nghi',
        ),
        rows: agenda.items.length,
        write: (path) => writeProgrammePdf(heading, agenda, path),
      });
    },
  };
}
