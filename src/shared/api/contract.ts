import { z } from 'zod';
import {
  conferenceIdInput,
  conferenceInput,
  conferenceListInput,
  conferenceRecord,
  conferenceUpdateInput,
} from '../conferences';
import { settingsRecord, settingsUpdateInput } from '../settings';
import type { AppEvent } from './events';

/**
 * The API, declared once. Each method is `domain.verb` with zod schemas for its input and its
 * output; the dispatcher, both transports, the client and docs/api.md are all derived from this map.
 */

/** A method: its input schema (validated by the dispatcher) and its output schema (documented). */
interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  summary: string;
}
const method = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> => spec;

export const appInfoRecord = z.object({
  version: z.string(),
  databasePath: z.string(),
  backupsDir: z.string(),
  schemaVersion: z.string().describe('Name of the last migration applied.'),
});
export type AppInfo = z.infer<typeof appInfoRecord>;

const noInput = z.object({}).strict().default({});

export const contract = {
  'app.info': method({
    input: noInput,
    output: appInfoRecord,
    summary: 'Version, data file location and schema version.',
  }),
  'conferences.list': method({
    input: conferenceListInput,
    output: z.array(conferenceRecord),
    summary: 'Conferences, newest first; `search` matches the title without accents.',
  }),
  'conferences.get': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'One conference by id.',
  }),
  'conferences.create': method({
    input: conferenceInput,
    output: conferenceRecord,
    summary: 'Creates a conference and opens it.',
  }),
  'conferences.update': method({
    input: conferenceUpdateInput,
    output: conferenceRecord,
    summary: 'Replaces the details of a conference.',
  }),
  'conferences.open': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'Makes a conference the open one (remembered across restarts).',
  }),
  'conferences.archive': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'Archives a conference (hidden from the default list, nothing deleted).',
  }),
  'conferences.restore': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'Brings an archived conference back.',
  }),
  'conferences.createSample': method({
    input: noInput,
    output: conferenceRecord,
    summary: 'Creates (or reopens) the sample conference from the Kỳ Anh report and opens it.',
  }),
  'settings.get': method({
    input: noInput,
    output: settingsRecord,
    summary: 'Installation settings.',
  }),
  'settings.update': method({
    input: settingsUpdateInput,
    output: settingsRecord,
    summary: 'Changes the given settings; others keep their value.',
  }),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and normalisation). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, normalised). */
export type MethodParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The typed client every part of the UI uses; transports implement `call` and `subscribe`. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
