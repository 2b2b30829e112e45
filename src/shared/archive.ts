import { z } from 'zod';
import { entityId, requiredLine } from './fields';

/**
 * A conference archive (.hoinghi) carries one conference with everything it owns to another
 * installation. The file is itself a small SQLite database: a `manifest` table and copies of the
 * conference's rows in the same table shapes (see src/main/archive/tables.ts).
 */

export const ARCHIVE_EXTENSION = 'hoinghi';

/** Written into the manifest; an archive with a higher number is refused as "from a newer app". */
export const ARCHIVE_FORMAT_VERSION = 1;

/** Largest archive accepted: checked on the size before anything is decoded or parsed. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;

/** Base64 of the largest archive, with room for padding. */
const MAX_BASE64 = Math.ceil((MAX_ARCHIVE_BYTES * 4) / 3) + 16;

/** The HTTP body limit for methods that carry an archive: its base64 and the JSON around it. */
export const ARCHIVE_MAX_BODY_BYTES = MAX_BASE64 + 64 * 1024;

export const archiveExportInput = z.object({ conferenceId: entityId() });

export const archiveFileInput = z.object({
  fileName: requiredLine(255),
  // The exact byte cap is checked by the core, which answers in Vietnamese; this bound only
  // stops a string far beyond it.
  contentBase64: z
    .string()
    .min(1, 'required')
    .max(MAX_BASE64 + 1024, 'tooLong'),
});
export type ArchiveFileInput = z.infer<typeof archiveFileInput>;

/** How many rows of each kind an archive holds (or an import wrote). */
export const archiveCountsRecord = z.object({
  nominees: z.number().int(),
  councilMembers: z.number().int(),
  polls: z.number().int(),
  ballots: z.number().int(),
  decisions: z.number().int(),
  awards: z.number().int(),
  prints: z.number().int(),
  templates: z.number().int(),
  agendaItems: z.number().int(),
  delegates: z.number().int(),
});
export type ArchiveCounts = z.infer<typeof archiveCountsRecord>;

export const archiveSummaryRecord = z.object({
  formatVersion: z.number().int(),
  appVersion: z.string().describe('Version of the app that wrote the archive.'),
  schemaVersion: z.string().describe('Last migration of the database it was written from.'),
  exportedAt: z.string(),
  title: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  organiser: z.string(),
  counts: archiveCountsRecord,
  bytes: z.number().int(),
});
export type ArchiveSummary = z.infer<typeof archiveSummaryRecord>;

export const archiveImportRecord = z.object({
  conferenceId: z.number().int(),
  title: z.string(),
  counts: archiveCountsRecord,
  unitsCreated: z.number().int(),
  awardFormsCreated: z.number().int(),
  templatesCreated: z.number().int(),
  registersCreated: z
    .array(z.string())
    .describe(
      'Registers added because none of that name existed, or because the archived numbers were already taken in the local one.',
    ),
  registersUsed: z
    .array(z.string())
    .describe(
      'Local registers of the same name the awards were filed in; their next number moved past the imported ones.',
    ),
});
export type ArchiveImportResult = z.infer<typeof archiveImportRecord>;
