import { describe, expect, it } from 'vitest';
import { STALE_RECORD } from '../../src/main/db/revision';
import { contract } from '../../src/shared/api/contract';
import { call, callError, snapshotDatabase, TEST_ENGINE, useCores, useTempDir } from '../helpers';
import type { StaleCase } from './case';
import { AGENDA_CASES } from './cases-agenda';
import { AWARDS_CASES } from './cases-awards';
import { CONFERENCES_CASES } from './cases-conferences';
import { COUNCIL_CASES } from './cases-council';
import { DECISIONS_CASES } from './cases-decisions';
import { DELEGATES_CASES } from './cases-delegates';
import { MONEY_CASES } from './cases-money';
import { DOSSIER_CASES } from './cases-dossier';
import { NOMINEES_CASES } from './cases-nominees';
import { POLLS_CASES } from './cases-polls';
import { TEMPLATES_CASES } from './cases-templates';

/**
 * Every update and delete names the revision of the record it was based on, and a stale one is
 * refused with CONFLICT and changes nothing. Each writing method of the contract is either
 * guarded (and has cases below) or listed here with the reason it needs no revision; a new
 * writing method fails the first test until it is one or the other.
 */
const NO_REVISION: Record<string, string> = {
  'agenda.create': 'creates a record',
  'agenda.reorder': 'names the whole order it was based on and is refused when it changed',
  'agenda.start': 'a run-mode command checked against the current state',
  'agenda.next': 'a run-mode command checked against the current state',
  'agenda.previous': 'a run-mode command checked against the current state',
  'agenda.finish': 'a run-mode command checked against the current state',
  'agenda.reset': 'a run-mode command checked against the current state',
  'agenda.programmePdf': 'writes a file, changes no record',
  'archive.export': 'writes a file, changes no record',
  'archive.import': 'adds a conference as new records',
  'audit.export': 'writes a file, changes no record',
  'logs.openFolder': 'opens a folder',
  'awards.create': 'creates a record',
  'backups.create': 'copies the database',
  'backups.inspect': 'reads a backup',
  'backups.restore': 'replaces the whole database; afterwards every record has a new revision',
  'backups.setFolder': 'a setting of this laptop, not a record',
  'backups.chooseFolder': 'opens a dialog',
  'certificates.preview': 'draws, changes no record',
  'certificates.check': 'reads',
  'certificates.print': 'records prints of the awards it names; awards are never edited',
  'certificates.calibration': 'draws, changes no record',
  'jobs.cancel': 'stops a job',
  'conferences.create': 'creates a record',
  'conferences.open': 'a setting of this laptop (the open conference)',
  'conferences.createSample': 'creates records',
  'council.add': 'creates a record',
  'council.setPresence': 'a roll-call toggle on the current state, not an edit of a form',
  'registers.create': 'creates a record',
  'decisions.assignPreview': 'reads: what an assignment would give, written nowhere',
  'decisions.create': 'creates a record',
  'delegates.create': 'creates a record',
  'delegates.restore': 'undoes a delete just made',
  'delegates.checkIn': 'a desk command checked against the current state',
  'delegates.undoCheckIn': 'a desk command checked against the current state',
  'delegates.listPdf': 'writes a file, changes no record',
  'dossier.templateFile': 'writes a file, changes no record',
  'dossier.pollDocument': 'writes a file, changes no record',
  'dossier.decisionDocument': 'writes a file, changes no record',
  'dossier.plan': 'reads',
  'dossier.writeAll': 'writes files, changes no record',
  'delegates.importOpen': 'reads a file into a session',
  'delegates.importCommit': 'adds records',
  'exports.honoreeList': 'writes a file, changes no record',
  'exports.pollResults': 'writes a file, changes no record',
  'exports.statistics': 'writes a file, changes no record',
  'exports.paymentList': 'writes a file, changes no record',
  'salaries.create': 'creates a record',
  'statistics.amounts': 'reads',
  'files.open': 'opens a file',
  'files.reveal': 'opens a folder',
  'imports.open': 'reads a file into a session; nothing is stored until imports.commit',
  'imports.remap': 'changes a session in memory; nothing is stored until imports.commit',
  'imports.commit': 'adds records',
  'nominees.create': 'creates a record',
  'nominees.restore': 'undoes a delete just made',
  'polls.create': 'creates a record',
  'polls.addBallot': 'adds a ballot to an open count, checked against the poll’s state',
  'polls.ballotsPdf': 'writes a file, changes no record',
  'polls.minutesPdf': 'writes a file, changes no record',
  'evoting.interfaces': 'reads',
  'evoting.status': 'reads',
  'evoting.checkSlip': 'reads',
  'evoting.open': 'a live command: starts listening for a poll, checked against the poll’s state',
  'evoting.close': 'a live command: stops listening',
  'evoting.slipsPdf': 'issues new slips, checked against the poll’s state, and writes a file',
  'projector.show': 'a live screen command',
  'projector.next': 'a live screen command',
  'projector.previous': 'a live screen command',
  'projector.openWindow': 'opens a window',
  'ceremony.record': 'a live ceremony mark on the current state',
  'ceremony.clear': 'a live ceremony mark on the current state',
  'settings.update': 'changes only the settings it names; the settings page sends only those changed on it',
  'templates.copy': 'creates a record',
  'templates.image': 'reads',
  'templates.export': 'writes a file, changes no record',
  'templates.import': 'creates a record',
};

/** Methods that only read: listed by the gate (core/method-access.ts) as reads, or named so. */
const READ = /\.(list|get|ids|search|attendance|awards|state|info|inspect|listDefaults)$/;

const CASES: StaleCase[] = [
  ...AGENDA_CASES,
  ...AWARDS_CASES,
  ...CONFERENCES_CASES,
  ...COUNCIL_CASES,
  ...DECISIONS_CASES,
  ...DELEGATES_CASES,
  ...MONEY_CASES,
  ...DOSSIER_CASES,
  ...NOMINEES_CASES,
  ...POLLS_CASES,
  ...TEMPLATES_CASES,
];

const named = (c: StaleCase) => (c.label ? `${c.method} (${c.label})` : c.method);

describe('a stale window cannot overwrite', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('has a case for every writing method that needs no exemption', () => {
    const writing = Object.keys(contract).filter((name) => !READ.test(name) && !(name in NO_REVISION));
    const covered = new Set<string>(CASES.map((c) => c.method));
    expect(writing.filter((name) => !covered.has(name))).toEqual([]);
    expect(Object.keys(NO_REVISION).filter((name) => !(name in contract))).toEqual([]);
  });

  it.each(CASES.map((c) => [named(c), c] as const))('%s works on the revision it read', async (_n, c) => {
    const core = await openCore({ dataDir: dir() });
    const { input } = await c.arrange(core);
    const result = await core.dispatch(c.method, input);
    expect(result.ok ? null : result.error).toBeNull();
  });

  it.each(CASES.map((c) => [named(c), c] as const))(
    '%s is refused after another window changed the record, and changes nothing',
    async (_n, c) => {
      const core = await openCore({ dataDir: dir() });
      const { input, editElsewhere } = await c.arrange(core);
      await editElsewhere();
      const snapshot = await snapshotDatabase(core.context.store);
      expect(await callError(core, c.method, input)).toMatchObject({
        code: 'CONFLICT',
        message: STALE_RECORD,
      });
      expect(await snapshotDatabase(core.context.store)).toEqual(snapshot);
    },
  );

  // Skipped on PostgreSQL: the app restores only its own SQLite copies; a server's data comes
  // back through the server's own backups (tests/backups/server.test.ts).
  it.skipIf(TEST_ENGINE === 'postgres').each(CASES.map((c) => [named(c), c] as const))(
    '%s is refused after a restore, even of a copy with the same record',
    async (_n, c) => {
      const core = await openCore({ dataDir: dir() });
      const { input } = await c.arrange(core);
      const backup = await call(core, 'backups.create', undefined);
      await call(core, 'backups.restore', { name: backup.name });
      const snapshot = await snapshotDatabase(core.context.store);
      expect(await callError(core, c.method, input)).toMatchObject({
        code: 'CONFLICT',
        message: STALE_RECORD,
      });
      expect(await snapshotDatabase(core.context.store)).toEqual(snapshot);
    },
  );
});
