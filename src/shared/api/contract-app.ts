import { z } from 'zod';
import { method, noInput } from './method';

export const DATABASE_HEALTH = ['checking', 'sound', 'damaged'] as const;
export type DatabaseHealth = (typeof DATABASE_HEALTH)[number];

export const appInfoRecord = z.object({
  version: z.string(),
  engine: z
    .enum(['sqlite', 'postgres'])
    .describe(
      'Where the data lives: a SQLite file on this computer, or a PostgreSQL server shared by several people.',
    ),
  databasePath: z.string().describe("The data file's path, or the server's URL without its password."),
  backupsDir: z.string().describe("The app's backups folder; empty on a server, whose own backups apply."),
  exportsDir: z.string().describe('Folder the exported lists and documents are written to.'),
  schemaVersion: z.string().describe('Name of the last migration applied.'),
  health: z
    .enum(DATABASE_HEALTH)
    .describe(
      'The whole-file check made after start-up: checking (writes wait), sound, or damaged (writes are refused until a backup is restored).',
    ),
  healthProblem: z.string().nullable().describe('What the check found, when damaged.'),
});
export type AppInfo = z.infer<typeof appInfoRecord>;

/** The installation itself (part of the contract in contract.ts). */
export const appMethods = {
  'app.info': method({
    input: noInput,
    output: appInfoRecord,
    summary: 'Version, data file location and schema version.',
  }),
};
