import { z } from 'zod';
import { entityId, LIMITS, line } from './fields';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Installation-wide settings, stored in the database. */
export const settingsRecord = z.object({
  organisationName: z.string().describe('Organisation running the app, e.g. "Văn phòng Thị ủy Kỳ Anh".'),
  signerTitle: z.string().describe('Default signer title for documents, e.g. "BÍ THƯ".'),
  signerName: z.string(),
  placeName: z.string().describe('Default place name for dated lines.'),
  language: z.enum(LANGUAGES),
  openConferenceId: z
    .number()
    .int()
    .nullable()
    .describe('The conference that was open last, reopened at start.'),
  operatorName: z
    .string()
    .describe('Who is working the app, recorded with each audited change, e.g. "Lê Thị Hoa – Văn phòng".'),
});
export type Settings = z.infer<typeof settingsRecord>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  signerTitle: '',
  signerName: '',
  placeName: '',
  language: 'vi',
  openConferenceId: null,
  operatorName: '',
};

/** A partial update; fields left out keep their value. */
export const settingsUpdateInput = z
  .object({
    organisationName: line(LIMITS.line),
    signerTitle: line(LIMITS.line),
    signerName: line(LIMITS.shortText),
    placeName: line(LIMITS.shortText),
    language: z.enum(LANGUAGES, { error: 'invalid' }),
    openConferenceId: entityId().nullable(),
    operatorName: line(LIMITS.shortText),
  })
  .partial();
