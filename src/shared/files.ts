import { z } from 'zod';

/**
 * Files the core writes (exports, documents, archives). They stay on disk: the desktop opens
 * them where they are, the browser downloads them once by their handle. No bytes cross the seam.
 */

/** Random, URL-safe: it names a written file in a download address and in files.open. */
export const FILE_HANDLE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const fileHandle = () => z.string({ error: 'invalid' }).regex(FILE_HANDLE_PATTERN, 'invalid');

/** A file the core wrote, found again by its handle; never its bytes. */
export const writtenFileRecord = z.object({
  fileName: z.string(),
  path: z.string().describe('Where the core saved it (the exports folder).'),
  size: z.number().int().nonnegative().describe('Bytes on disk.'),
  rows: z.number().int().nonnegative().describe('Honorees (or table rows, pages) written.'),
  handle: z
    .string()
    .describe(
      'Names this file for files.open and files.reveal; in the web host also its one-time download, GET /files/<handle>?token=…, for 10 minutes.',
    ),
});
export type WrittenFile = z.infer<typeof writtenFileRecord>;

export const fileHandleInput = z.object({ handle: fileHandle() });

export const fileOpenRecord = z.object({
  opened: z
    .boolean()
    .describe('False when this shell cannot open files (the web host): download it instead.'),
  path: z.string(),
});

/** Where the web host serves a written file; the page adds its token. */
export const fileDownloadPath = (handle: string): string => `/files/${encodeURIComponent(handle)}`;
