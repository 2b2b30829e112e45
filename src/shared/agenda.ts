import { z } from 'zod';
import { parseLocalDateTime } from './dates';
import { entityId, LIMITS, optionalLine, optionalMultiline, requiredLine, revision } from './fields';

/**
 * The conference programme (chương trình hội nghị) and its run mode. Planned times are local
 * wall-clock minutes counted from midnight of the conference's first day; actual times are ISO
 * instants recorded by the core's clock. Every function here takes the clock as an argument.
 */

export const AGENDA_KINDS = [
  'khai_mac',
  'bao_cao',
  'tham_luan',
  'phat_bieu_chi_dao',
  'khen_thuong',
  'bieu_quyet',
  'be_mac',
  'giai_lao',
  'khac',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** What the programme and its printed copy call each kind. */
export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  khai_mac: 'Khai mạc',
  bao_cao: 'Báo cáo',
  tham_luan: 'Tham luận',
  phat_bieu_chi_dao: 'Phát biểu chỉ đạo',
  khen_thuong: 'Khen thưởng',
  bieu_quyet: 'Biểu quyết',
  be_mac: 'Bế mạc',
  giai_lao: 'Giải lao',
  khac: 'Khác',
};

/** A whole day: longer items are surely a typing mistake. */
export const MAX_ITEM_MINUTES = 24 * 60;
export const MAX_AGENDA_ITEMS = 300;

/**
 * When the conference gives only its day, the programme is timed from this hour and the page
 * says so; the secretariat can add the real time to the conference instead.
 */
export const DEFAULT_START_MINUTE = 7 * 60 + 30;

export const durationMinutes = () =>
  z
    .number({ error: 'positiveMinutes' })
    .int('positiveMinutes')
    .positive('positiveMinutes')
    .max(MAX_ITEM_MINUTES, 'positiveMinutes')
    .describe(`Planned duration: a whole number of minutes, 1 to ${MAX_ITEM_MINUTES}.`);

export const agendaItemFieldsShape = {
  title: requiredLine(LIMITS.line),
  kind: z.enum(AGENDA_KINDS, { error: 'invalid' }),
  presenter: optionalLine(LIMITS.shortText).describe('Who speaks, e.g. "Đồng chí Nguyễn Văn A".'),
  presenterTitle: optionalLine(LIMITS.line).describe('Their position, e.g. "Bí thư Thị ủy".'),
  durationMinutes: durationMinutes(),
  notes: optionalMultiline(LIMITS.multiline).describe('Notes for the master of ceremonies.'),
};
export const agendaItemFields = z.object(agendaItemFieldsShape);
export type AgendaItemFields = z.input<typeof agendaItemFields>;

export const agendaCreateInput = z.object({ conferenceId: entityId(), ...agendaItemFieldsShape });
export const agendaUpdateInput = z.object({
  id: entityId(),
  revision: revision(),
  ...agendaItemFieldsShape,
});
export const agendaDeleteInput = z.object({ id: entityId(), revision: revision() });
export const agendaConferenceInput = z.object({ conferenceId: entityId() });
export const agendaReorderInput = z.object({
  conferenceId: entityId(),
  ids: z
    .array(entityId())
    .min(1, 'required')
    .max(MAX_AGENDA_ITEMS, 'tooLong')
    .refine((ids) => new Set(ids).size === ids.length, 'invalid')
    .describe("Every item's id of the conference, in the new order."),
});

export const AGENDA_ITEM_STATUSES = ['pending', 'current', 'done'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export const agendaItemRecord = z.object({
  id: z.number().int(),
  revision: z.number().int().describe('Sent back by agenda.update and agenda.delete.'),
  conferenceId: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(AGENDA_KINDS),
  presenter: z.string(),
  presenterTitle: z.string(),
  durationMinutes: z.number().int(),
  notes: z.string(),
  plannedStartMinute: z.number().int().describe('Minutes from midnight of the conference day.'),
  plannedEndMinute: z.number().int(),
  actualStart: z.string().nullable().describe('ISO instant the item began in run mode.'),
  actualEnd: z.string().nullable(),
  status: z.enum(AGENDA_ITEM_STATUSES).describe('"current": started and not ended (at most one).'),
});
export type AgendaItem = z.infer<typeof agendaItemRecord>;

export const RUN_STATES = ['idle', 'running', 'finished'] as const;
export type RunState = (typeof RUN_STATES)[number];

export const agendaRecord = z.object({
  conferenceId: z.number().int(),
  startMinute: z.number().int().describe('When the first item begins, minutes from midnight.'),
  startAssumed: z.boolean().describe('True when the conference has no start time and the default is used.'),
  totalMinutes: z.number().int(),
  endMinute: z.number().int().describe('Estimated end, minutes from midnight (may pass 24:00).'),
  items: z.array(agendaItemRecord),
  run: z.object({
    state: z.enum(RUN_STATES),
    currentId: z.number().int().nullable(),
  }),
});
export type Agenda = z.infer<typeof agendaRecord>;

// ---------------------------------------------------------------- planned times

/** The first item's start: the conference's time, or the default when it gives only a day. */
export function programmeStart(startsAt: string): { minute: number; assumed: boolean } {
  const parts = parseLocalDateTime(startsAt);
  if (!parts || parts.hour === null) return { minute: DEFAULT_START_MINUTE, assumed: true };
  return { minute: parts.hour * 60 + (parts.minute ?? 0), assumed: false };
}

export interface PlannedSlot {
  startMinute: number;
  endMinute: number;
}

/** Each item starts when the one before it is planned to end; the list is in programme order. */
export function planSlots(startMinute: number, durations: readonly number[]): PlannedSlot[] {
  let at = startMinute;
  return durations.map((minutes) => {
    const slot = { startMinute: at, endMinute: at + minutes };
    at = slot.endMinute;
    return slot;
  });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "07:30"; past midnight "00:15 (+1 ngày)", since a programme may run late into the night. */
export function formatClock(minute: number, nextDay = '(+{{n}} ngày)'): string {
  const day = Math.floor(minute / (24 * 60));
  const inDay = minute - day * 24 * 60;
  const clock = `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
  return day > 0 ? `${clock} ${nextDay.replace('{{n}}', String(day))}` : clock;
}

/** "45 phút", "1 giờ", "2 giờ 15 phút". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} phút`;
  return minutes === 0 ? `${hours} giờ` : `${hours} giờ ${minutes} phút`;
}

// ---------------------------------------------------------------- run mode

export interface RunTimes {
  actualStart: string | null;
  actualEnd: string | null;
}

/** Started and not ended: the item being held now. */
export function itemStatus(item: RunTimes): AgendaItemStatus {
  if (item.actualStart === null) return 'pending';
  return item.actualEnd === null ? 'current' : 'done';
}

/** Running while one item is current; finished once something ran and nothing is current. */
export function runState(items: readonly RunTimes[]): RunState {
  if (items.some((i) => itemStatus(i) === 'current')) return 'running';
  return items.some((i) => i.actualStart !== null) ? 'finished' : 'idle';
}

export const TIMER_STATES = ['ok', 'near_end', 'overrun'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/** The amber warning lasts the last 10% of an item, and never more than its last 2 minutes. */
export const NEAR_END_MAX_SECONDS = 120;
export const NEAR_END_SHARE = 0.1;

export function nearEndSeconds(durationMinutes: number): number {
  return Math.min(NEAR_END_MAX_SECONDS, durationMinutes * 60 * NEAR_END_SHARE);
}

export interface ItemClock {
  elapsedSeconds: number;
  /** Negative once the item overruns. */
  remainingSeconds: number;
  state: TimerState;
}

/**
 * The timer of the current item at `now`. Whole seconds, counted down; the item is on time up
 * to and including its planned end, and overruns from the next second.
 */
export function itemClock(durationMinutes: number, actualStart: string, now: Date): ItemClock {
  const elapsedSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(actualStart)) / 1000));
  const remainingSeconds = durationMinutes * 60 - elapsedSeconds;
  const state: TimerState =
    remainingSeconds < 0
      ? 'overrun'
      : remainingSeconds <= nearEndSeconds(durationMinutes)
        ? 'near_end'
        : 'ok';
  return { elapsedSeconds, remainingSeconds, state };
}

/** An item that starts within this many minutes of its planned time starts on time. */
export const SCHEDULE_TOLERANCE_MINUTES = 5;

/**
 * Minutes an item started after its planned start (negative: before it), from the clock time
 * of its real start. Run mode is used on the conference day, so only the time of day counts,
 * taken the nearer way round midnight.
 */
export function startDelayMinutes(plannedStartMinute: number, actualStartMinuteOfDay: number): number {
  const day = 24 * 60;
  const diff = (((actualStartMinuteOfDay - plannedStartMinute) % day) + day) % day;
  return diff > day / 2 ? diff - day : diff;
}

/**
 * Who speaks, as the projector and the desk show it: the name, then the position ("Đồng chí
 * Trần Văn Hùng, Bí thư Thị ủy"). Position first would read "Bí thư Thị ủy Đồng chí …".
 */
export function presenterLine(presenter: string, presenterTitle: string): string {
  return [presenter.trim(), presenterTitle.trim()].filter((part) => part !== '').join(', ');
}

/** "05:07", "1:02:03", "-01:20" for a countdown past zero. */
export function formatTimer(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  const hours = Math.floor(s / 3600);
  const body = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return hours > 0 ? `${sign}${hours}:${body}` : `${sign}${body}`;
}

export interface ItemComparison {
  /** Whole minutes the item actually took, rounded to the nearest minute. */
  actualMinutes: number;
  /** Actual minus planned duration: positive when it overran. */
  overMinutes: number;
}

/** Planned against real duration of an item that has both times; null while not ended. */
export function compareItem(item: RunTimes & { durationMinutes: number }): ItemComparison | null {
  if (item.actualStart === null || item.actualEnd === null) return null;
  const seconds = Math.max(0, (Date.parse(item.actualEnd) - Date.parse(item.actualStart)) / 1000);
  const actualMinutes = Math.round(seconds / 60);
  return { actualMinutes, overMinutes: actualMinutes - item.durationMinutes };
}

/** "+3 phút", "-2 phút", "đúng giờ". */
export function formatOver(overMinutes: number): string {
  if (overMinutes === 0) return 'đúng giờ';
  return `${overMinutes > 0 ? '+' : '−'}${Math.abs(overMinutes)} phút`;
}
