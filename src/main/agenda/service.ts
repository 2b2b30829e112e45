import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { agendaItemFields } from '../../shared/agenda';
import { appendAudit } from '../audit/log';
import { AppError } from '../core/app-error';
import { claimRevision } from '../db/revision';
import type { Database } from '../db/schema';
import {
  clearRunTimes,
  deleteItem,
  insertItem,
  itemRow,
  itemRows,
  nextPosition,
  updateItem,
  type AgendaItemRow,
} from './queries';
import { runTransition, type RunCommand } from './run';
import { transact } from '../db/transact';

/** Changes to the agenda, each in one transaction with its audit row. */

type Clock = () => string;
type ItemFields = z.output<typeof agendaItemFields>;

const itemColumns = (f: ItemFields) => ({
  title: f.title,
  kind: f.kind,
  presenter: f.presenter,
  presenter_title: f.presenterTitle,
  duration_minutes: f.durationMinutes,
  notes: f.notes,
});

/** How a refusal names an agenda item ("Không tìm thấy mục chương trình …"). */
const ITEM = 'mục chương trình';
const ORDER_CHANGED =
  'Danh sách mục của chương trình đã thay đổi (có mục vừa được thêm hoặc xóa). Hãy tải lại rồi sắp xếp lại.';
const CURRENT_NOT_DELETABLE =
  'Mục này đang diễn ra trong chế độ điều hành; hãy chuyển sang mục khác hoặc kết thúc trước khi xóa.';

/** Adds an item at the end of the programme; returns its id. */
export function createItem(db: Kysely<Database>, now: Clock, conferenceId: number, fields: ItemFields) {
  return transact(db, async (trx) => {
    const position = await nextPosition(trx, conferenceId);
    const id = await insertItem(trx, {
      conference_id: conferenceId,
      position,
      ...itemColumns(fields),
      created_at: now(),
      updated_at: now(),
    });
    await appendAudit(trx, now(), {
      conferenceId,
      entity: 'agenda_item',
      entityId: id,
      action: 'create',
      after: fields,
    });
    return id;
  });
}

/** Changes an item's text, kind or duration, if it is still the revision the window read. */
export function changeItem(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
  fields: ItemFields,
): Promise<AgendaItemRow> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'agenda_items', id, revision, ITEM);
    const before = await itemRow(trx, id);
    await updateItem(trx, id, { ...itemColumns(fields), updated_at: now() });
    await appendAudit(trx, now(), {
      conferenceId: before.conference_id,
      entity: 'agenda_item',
      entityId: id,
      action: 'update',
      before: { title: before.title, kind: before.kind, durationMinutes: before.duration_minutes },
      after: fields,
    });
    return before;
  });
}

/** Removes an item (never the one running) and closes the gap so positions stay 1..n. */
export function removeItem(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
): Promise<AgendaItemRow> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'agenda_items', id, revision, ITEM);
    const before = await itemRow(trx, id);
    if (before.actual_start !== null && before.actual_end === null) {
      throw new AppError('INVALID_STATE', CURRENT_NOT_DELETABLE);
    }
    await deleteItem(trx, id);
    const rest = await itemRows(trx, before.conference_id);
    for (const [i, row] of rest.entries()) {
      if (row.position !== i + 1) await updateItem(trx, row.id, { position: i + 1 });
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
    return before;
  });
}

export function reorderItems(db: Kysely<Database>, now: Clock, conferenceId: number, ids: number[]) {
  return transact(db, async (trx) => {
    const rows = await itemRows(trx, conferenceId);
    const known = new Set(rows.map((r) => r.id));
    // A list from a stale screen would silently drop or misplace items: refuse it whole.
    if (ids.length !== rows.length || ids.some((id) => !known.has(id))) {
      throw new AppError('CONFLICT', ORDER_CHANGED);
    }
    for (const [i, id] of ids.entries()) await updateItem(trx, id, { position: i + 1, updated_at: now() });
  });
}

/** One run-mode step: read, decide and write in one transaction, so two clicks cannot make two current items. */
export function runStep(db: Kysely<Database>, at: string, conferenceId: number, command: RunCommand) {
  return transact(db, async (trx) => {
    const rows = await itemRows(trx, conferenceId);
    const items = rows.map((r) => ({ id: r.id, actualStart: r.actual_start, actualEnd: r.actual_end }));
    const outcome = runTransition(items, command, at);
    if (!outcome.ok) throw new AppError('INVALID_STATE', outcome.reason);
    for (const c of outcome.changes) {
      await updateItem(trx, c.id, { actual_start: c.actualStart, actual_end: c.actualEnd });
    }
  });
}

export function resetRun(db: Kysely<Database>, now: Clock, conferenceId: number) {
  return transact(db, async (trx) => {
    await clearRunTimes(trx, conferenceId);
    await appendAudit(trx, now(), {
      conferenceId,
      entity: 'agenda',
      entityId: conferenceId,
      action: 'reset',
    });
  });
}
