import type { Conference, ConferenceInput, ConferenceKind, Letterhead } from '../../../shared/conferences';

/**
 * What the form edits: date and time are separate inputs (the time is optional), joined into
 * the core's "YYYY-MM-DD[THH:mm]" on submit.
 */
export interface ConferenceFormValues {
  title: string;
  kind: ConferenceKind;
  campaign: string;
  organiser: string;
  placeName: string;
  venue: string;
  startDate: string | null;
  startTime: string;
  endDate: string | null;
  endTime: string;
  notes: string;
  letterhead: Letterhead;
}

export function emptyFormValues(defaultPlaceName: string): ConferenceFormValues {
  return {
    title: '',
    kind: 'so_ket',
    campaign: '',
    organiser: '',
    placeName: defaultPlaceName,
    venue: '',
    startDate: null,
    startTime: '',
    endDate: null,
    endTime: '',
    notes: '',
    letterhead: 'auto',
  };
}

const splitDateTime = (value: string | null): [string | null, string] =>
  value === null ? [null, ''] : [value.slice(0, 10), value.length > 10 ? value.slice(11, 16) : ''];

export function toFormValues(conference: Conference): ConferenceFormValues {
  const [startDate, startTime] = splitDateTime(conference.startsAt);
  const [endDate, endTime] = splitDateTime(conference.endsAt);
  return {
    title: conference.title,
    kind: conference.kind,
    campaign: conference.campaign,
    organiser: conference.organiser,
    placeName: conference.placeName,
    venue: conference.venue,
    startDate,
    startTime,
    endDate,
    endTime,
    notes: conference.notes,
    letterhead: conference.letterhead,
  };
}

const joinDateTime = (date: string | null, time: string): string =>
  date ? (time ? `${date}T${time.slice(0, 5)}` : date) : '';

export function toConferenceInput(values: ConferenceFormValues): ConferenceInput {
  const endsAt = joinDateTime(values.endDate, values.endTime);
  return {
    title: values.title,
    kind: values.kind,
    campaign: values.campaign,
    organiser: values.organiser,
    placeName: values.placeName,
    venue: values.venue,
    startsAt: joinDateTime(values.startDate, values.startTime),
    endsAt: endsAt === '' ? null : endsAt,
    notes: values.notes,
    letterhead: values.letterhead,
  };
}

/** Issues on the joined fields are shown on the inputs the person typed into. */
export const FORM_FIELD_BY_PATH: Record<string, keyof ConferenceFormValues> = {
  startsAt: 'startDate',
  endsAt: 'endDate',
};

/** Accepts what people type: 19/5/2021, 19-05-2021, 19.05.2021. */
export function parseTypedDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d = '', m = '', y = ''] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}
