/**
 * Conference times are local wall-clock times in the conference's own place, stored as
 * "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" text: no time zone is involved, and a time is optional
 * because many reports give only the day.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export interface LocalDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

export function parseLocalDateTime(value: string): LocalDateTimeParts | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  const hour = h === undefined ? null : Number(h);
  const minute = mi === undefined ? null : Number(mi);
  if (hour !== null && (hour > 23 || (minute ?? 0) > 59)) return null;
  return { year, month, day, hour, minute };
}

export function isLocalDateTime(value: string): boolean {
  return parseLocalDateTime(value) !== null;
}

/**
 * True when `end` is earlier than `start`. Times are compared only when both carry one,
 * so "19/05/2021" to "19/05/2021 11:00" is a valid one-day span.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  const startDay = start.slice(0, 10);
  const endDay = end.slice(0, 10);
  if (endDay !== startDay) return endDay < startDay;
  if (start.length > 10 && end.length > 10) return end < start;
  return false;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 19/05/2021 or 19/05/2021 07:30, the way tables show dates. */
export function formatTableDate(value: string): string {
  const parts = parseLocalDateTime(value);
  if (!parts) return value;
  const day = `${pad(parts.day)}/${pad(parts.month)}/${parts.year}`;
  return parts.hour === null ? day : `${day} ${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
}

/**
 * "ngày 19 tháng 5 năm 2021", "ngày 04 tháng 12 năm 2026", "ngày 02 tháng 01 năm 2023": the way
 * documents write dates. Decree 30/2020 (Appendix I) puts a 0 before a day under 10 and before
 * the months 1 and 2, so that no digit can be added to the date by hand afterwards.
 */
export function formatDocumentDate(value: string): string {
  const parts = parseLocalDateTime(value);
  if (!parts) return value;
  const month = parts.month <= 2 ? pad(parts.month) : String(parts.month);
  return `ngày ${pad(parts.day)} tháng ${month} năm ${parts.year}`;
}
