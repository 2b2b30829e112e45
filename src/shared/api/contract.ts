import { z } from 'zod';
import {
  conferenceIdInput,
  conferenceInput,
  conferenceListInput,
  conferenceRecord,
  conferenceUpdateInput,
} from '../conferences';
import { settingsRecord, settingsUpdateInput } from '../settings';
import { awardFormInput, awardFormListInput, awardFormRecord, awardFormUpdateInput } from '../awards';
import {
  importCommitInput,
  importOpenInput,
  importPreviewRecord,
  importRemapInput,
  importResultRecord,
  MAX_IMPORT_FILE_BYTES,
} from '../imports';
import {
  nomineeBulkUpdateInput,
  nomineeCreateInput,
  nomineeFilterInput,
  nomineeIdsInput,
  nomineeListInput,
  nomineePageRecord,
  nomineeRecord,
  nomineeUpdateInput,
} from '../nominees';
import { unitListInput, unitRecord } from '../units';
import { entityId } from '../fields';
import {
  ballotsPdfInput,
  councilRecord,
  memberCreateInput,
  memberUpdateInput,
  pollBallotInput,
  pollCountsInput,
  pollCreateInput,
  pollDetailRecord,
  pollIdInput,
  pollReopenInput,
  pollStateInput,
  pollSummaryRecord,
  pollUpdateInput,
  presenceInput,
  ruleEntryRecord,
  ruleSaveInput,
} from '../voting';
import { writtenFileRecord } from '../files';
import { agendaMethods } from './contract-agenda';
import { fileMethods } from './contract-files';
import { archiveMethods } from './contract-archive';
import { auditMethods } from './contract-audit';
import { backupMethods } from './contract-backups';
import { certificateMethods } from './contract-certificates';
import { delegateMethods } from './contract-delegates';
import { exportMethods } from './contract-exports';
import { projectorMethods } from './contract-projector';
import type { AppEvent } from './events';
import { method, noInput } from './method';

/**
 * The API, declared once. Each method is `domain.verb` with zod schemas for its input and its
 * output; the dispatcher, both transports, the client and docs/api.md are all derived from this map.
 */

export const appInfoRecord = z.object({
  version: z.string(),
  databasePath: z.string(),
  backupsDir: z.string(),
  exportsDir: z.string().describe('Folder the exported lists and documents are written to.'),
  schemaVersion: z.string().describe('Name of the last migration applied.'),
});
export type AppInfo = z.infer<typeof appInfoRecord>;

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
  'awards.list': method({
    input: awardFormListInput,
    output: z.array(awardFormRecord),
    summary: 'The award forms catalogue, highest rank first.',
  }),
  'awards.create': method({
    input: awardFormInput,
    output: awardFormRecord,
    summary: 'Adds an award form to the catalogue.',
  }),
  'awards.update': method({
    input: awardFormUpdateInput,
    output: awardFormRecord,
    summary: 'Changes an award form (set `active: false` to retire it).',
  }),
  'units.list': method({
    input: unitListInput,
    output: z.array(unitRecord),
    summary: 'Units (đơn vị), in Vietnamese order; with `conferenceId`, only those its nominees belong to.',
  }),
  'nominees.list': method({
    input: nomineeListInput,
    output: nomineePageRecord,
    summary:
      'A page of a conference’s nominees: accent-insensitive search over name, unit, position and achievement, filters, Vietnamese sort (people by given name), counts of all matches.',
  }),
  'nominees.ids': method({
    input: nomineeFilterInput,
    output: z.array(z.number().int()),
    summary: 'The ids of every nominee the filter matches (to select them all).',
  }),
  'nominees.get': method({
    input: z.object({ id: entityId() }),
    output: nomineeRecord,
    summary: 'One nominee, with duplicate and history flags.',
  }),
  'nominees.create': method({
    input: nomineeCreateInput,
    output: nomineeRecord,
    summary: 'Adds a nominee; a unit given by a new name is created.',
  }),
  'nominees.update': method({
    input: nomineeUpdateInput,
    output: nomineeRecord,
    summary: 'Replaces a nominee’s details.',
  }),
  'nominees.bulkUpdate': method({
    input: nomineeBulkUpdateInput,
    output: z.object({ updated: z.number().int() }),
    summary: 'Sets the award form and/or status of many nominees at once (one transaction).',
  }),
  'nominees.delete': method({
    input: nomineeIdsInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes nominees (softly: `nominees.restore` brings them back).',
  }),
  'nominees.restore': method({
    input: nomineeIdsInput,
    output: z.object({ restored: z.number().int() }),
    summary: 'Undoes `nominees.delete`.',
  }),
  'imports.open': method({
    input: importOpenInput,
    output: importPreviewRecord,
    summary:
      'Reads an .xlsx nomination list (base64) into a preview: header, sections, honorifics and legacy encodings understood, problems listed. Nothing is written.',
    maxBodyBytes: Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024,
  }),
  'imports.remap': method({
    input: importRemapInput,
    output: importPreviewRecord,
    summary: 'Reads the open file again with another sheet, header row or column mapping.',
  }),
  'imports.commit': method({
    input: importCommitInput,
    output: importResultRecord,
    summary:
      'Writes every accepted row of the preview, with corrections, in one transaction (all or nothing).',
  }),
  'council.list': method({
    input: z.object({ conferenceId: entityId() }),
    output: councilRecord,
    summary: 'The commendation council of a conference, with who is present.',
  }),
  'council.add': method({
    input: memberCreateInput,
    output: councilRecord,
    summary: 'Adds a council member (absent until marked present).',
  }),
  'council.update': method({
    input: memberUpdateInput,
    output: councilRecord,
    summary: 'Changes a member’s name, title, unit or role.',
  }),
  'council.remove': method({
    input: z.object({ id: entityId() }),
    output: councilRecord,
    summary: 'Removes a member from the council.',
  }),
  'council.setPresence': method({
    input: presenceInput,
    output: councilRecord,
    summary: 'Marks a member present, absent, or absent with a written opinion.',
  }),
  'rules.list': method({
    input: z.object({}).strict().default({}),
    output: z.array(ruleEntryRecord),
    summary: 'Voting rule presets (threshold, denominator, quorum, quota, secrecy).',
  }),
  'rules.save': method({
    input: ruleSaveInput,
    output: ruleEntryRecord,
    summary:
      'Saves a rule preset; without an id, a new one (a copy). Polls keep the rule they were made with.',
  }),
  'polls.list': method({
    input: z.object({ conferenceId: entityId() }),
    output: z.array(pollSummaryRecord),
    summary: 'The polls of a conference, newest first.',
  }),
  'polls.get': method({
    input: pollIdInput,
    output: pollDetailRecord,
    summary: 'A poll with its nominees, counts, problems in the counts and its result.',
  }),
  'polls.create': method({
    input: pollCreateInput,
    output: pollDetailRecord,
    summary: 'Creates a poll over some nominees under a copy of a rule preset.',
  }),
  'polls.update': method({
    input: pollUpdateInput,
    output: pollDetailRecord,
    summary: 'Changes a draft poll’s title, rule or nominees.',
  }),
  'polls.setState': method({
    input: pollStateInput,
    output: pollDetailRecord,
    summary: 'Moves a poll on: draft → voting → counting.',
  }),
  'polls.saveCounts': method({
    input: pollCountsInput,
    output: pollDetailRecord,
    summary:
      'Stores the counted totals (ballots issued, returned, valid, invalid; votes per nominee) after checking them.',
  }),
  'polls.addBallot': method({
    input: pollBallotInput,
    output: pollDetailRecord,
    summary: 'Adds one counted ballot (its marks, or invalid); the totals follow. No member is linked to it.',
  }),
  'polls.close': method({
    input: pollIdInput,
    output: pollDetailRecord,
    summary:
      'Closes a counted poll: checks counts and quorum, stores the result and approves those who passed.',
  }),
  'polls.reopen': method({
    input: pollReopenInput,
    output: pollDetailRecord,
    summary: 'Reopens a closed poll for counting; the reason is kept in the audit log.',
  }),
  'polls.ballotsPdf': method({
    input: ballotsPdfInput,
    output: writtenFileRecord,
    summary:
      'Writes numbered paper ballots (A4) into the exports folder, one per member taking part unless `copies` says otherwise.',
  }),
  'polls.minutesPdf': method({
    input: pollIdInput,
    output: writtenFileRecord,
    summary:
      'Writes the vote-count minutes (biên bản kiểm phiếu) of a poll with counts into the exports folder.',
  }),
  ...exportMethods,
  ...certificateMethods,
  ...agendaMethods,
  ...delegateMethods,
  ...projectorMethods,
  ...backupMethods,
  ...archiveMethods,
  ...auditMethods,
  ...fileMethods,
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
  /**
   * Where the browser downloads a written file, by its handle (the web host only). The desktop
   * has none: it opens files where the core saved them (files.open, files.reveal).
   */
  fileUrl?(handle: string): string;
}
