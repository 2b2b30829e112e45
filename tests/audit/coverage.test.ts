import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DATABASE_FILE, type Core } from '../../src/main/app/create-core';
import { contract, type MethodName } from '../../src/shared/api/contract';
import { RULE_PRESETS } from '../../src/main/voting/rules/presets';
import { shippedTemplateId } from '../certificates/seed';
import { createDecision, createRegister, latestDecision } from '../decisions/seed';
import { call, snapshotDatabase, useCores, useTempDir, nomineeItems } from '../helpers';
import { countingPoll } from '../voting/seed';
import {
  auditRows,
  countedPoll,
  decisionWithAwards,
  fiveBallots,
  OPERATOR,
  openImport,
  seedWorld,
  type World,
} from './seed';
import { failInserts } from '../db-access';

/**
 * Every method that changes votes, awards, register numbers or prints must append an audit row
 * naming the operator, in the same transaction as its change. A new writing method in these
 * domains fails the first test until it is added to the table below.
 */

const AUDITED_DOMAINS = [
  'polls',
  'council',
  'rules',
  'nominees',
  'decisions',
  'registers',
  'imports',
  'certificates',
  'ceremony',
];
/** Methods of those domains that change nothing stored. */
const READ_ONLY = new Set<string>([
  'polls.list',
  'polls.get',
  'polls.ballotsPdf',
  'polls.minutesPdf',
  'council.list',
  'rules.list',
  'nominees.list',
  'nominees.ids',
  'nominees.get',
  'decisions.list',
  'decisions.awards',
  'decisions.assignPreview',
  'registers.list',
  // Reads the file into a session in memory; nothing is stored until imports.commit.
  'imports.open',
  'imports.remap',
  'certificates.preview',
  'certificates.check',
  'certificates.calibration',
  'ceremony.list',
]);

interface Case {
  method: MethodName;
  entity: string;
  action: string;
  /** Brings the data to where the method can run, and returns its input. */
  arrange: (core: Core, w: World) => Promise<unknown>;
}

/** The third member as the council list shows it, with the revision an edit names. */
const member = async (core: Core, w: World) => {
  const found = (await call(core, 'council.list', { conferenceId: w.conferenceId })).members[2];
  return { id: found?.id ?? 0, revision: found?.revision ?? 0 };
};
const ruleRevision = async (core: Core, id: number) =>
  (await call(core, 'rules.list', {})).find((r) => r.id === id)?.revision ?? 0;

const CASES: Case[] = [
  {
    method: 'rules.save',
    entity: 'rule',
    action: 'create',
    arrange: () => Promise.resolve({ id: null, rule: { ...RULE_PRESETS[0], name: 'Quy tắc riêng' } }),
  },
  {
    method: 'rules.save',
    entity: 'rule',
    action: 'update',
    arrange: async (core, w) => ({
      id: w.ruleId,
      revision: await ruleRevision(core, w.ruleId),
      rule: { ...RULE_PRESETS[0], name: 'Quá bán (sửa)' },
    }),
  },
  {
    method: 'council.add',
    entity: 'council',
    action: 'create',
    arrange: (_core, w) => Promise.resolve({ conferenceId: w.conferenceId, name: 'Trần Văn Bình' }),
  },
  {
    method: 'council.update',
    entity: 'council',
    action: 'update',
    arrange: async (core, w) => ({ ...(await member(core, w)), name: 'Võ Thị Sáu', role: 'thu_ky' }),
  },
  {
    method: 'council.remove',
    entity: 'council',
    action: 'delete',
    arrange: (core, w) => member(core, w),
  },
  {
    method: 'council.setPresence',
    entity: 'council',
    action: 'presence',
    arrange: async (core, w) => ({ id: (await member(core, w)).id, presence: 'written_opinion' }),
  },
  {
    method: 'polls.create',
    entity: 'poll',
    action: 'create',
    arrange: (_core, w) =>
      Promise.resolve({
        conferenceId: w.conferenceId,
        title: 'Bình xét',
        ruleId: w.ruleId,
        nomineeIds: w.ids,
      }),
  },
  {
    method: 'polls.update',
    entity: 'poll',
    action: 'update',
    arrange: async (core, w) => {
      const poll = await call(core, 'polls.create', {
        conferenceId: w.conferenceId,
        title: 'Bình xét',
        ruleId: w.ruleId,
        nomineeIds: w.ids,
      });
      return {
        id: poll.id,
        revision: poll.revision,
        title: 'Bình xét Bằng khen',
        ruleId: w.ruleId,
        nomineeIds: w.ids.slice(1),
      };
    },
  },
  {
    method: 'polls.setState',
    entity: 'poll',
    action: 'state',
    arrange: async (core, w) => {
      const poll = await call(core, 'polls.create', {
        conferenceId: w.conferenceId,
        title: 'Bình xét',
        ruleId: w.ruleId,
        nomineeIds: w.ids,
      });
      return { id: poll.id, revision: poll.revision, state: 'voting' };
    },
  },
  {
    method: 'polls.saveCounts',
    entity: 'poll',
    action: 'counts',
    arrange: async (core, w) => {
      const poll = await countingPoll(core, w.conferenceId, w.ids, w.ruleId, 'Bình xét');
      return { id: poll.id, revision: poll.revision, counts: fiveBallots(w.ids) };
    },
  },
  {
    method: 'polls.addBallot',
    entity: 'poll',
    action: 'ballot',
    arrange: async (core, w) => {
      const poll = await countingPoll(core, w.conferenceId, w.ids, w.ruleId, 'Bình xét');
      return { id: poll.id, invalid: false, marks: { [String(w.ids[0])]: 'agree' } };
    },
  },
  {
    method: 'polls.close',
    entity: 'poll',
    action: 'close',
    arrange: async (core, w) => {
      const poll = await countedPoll(core, w);
      return { id: poll.id, revision: poll.revision };
    },
  },
  {
    method: 'polls.reopen',
    entity: 'poll',
    action: 'reopen',
    arrange: async (core, w) => {
      const poll = await countedPoll(core, w);
      const closed = await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
      return { id: poll.id, revision: closed.revision, reason: 'Nhập nhầm số phiếu' };
    },
  },
  {
    method: 'nominees.create',
    entity: 'nominee',
    action: 'create',
    arrange: (_core, w) =>
      Promise.resolve({ conferenceId: w.conferenceId, kind: 'ca_nhan', fullName: 'Phan Thị Mai' }),
  },
  {
    method: 'nominees.update',
    entity: 'nominee',
    action: 'award',
    arrange: async (core, w) => {
      const nominee = await call(core, 'nominees.get', { id: w.ids[0] ?? 0 });
      const { id, conferenceId: _c, ...rest } = nominee;
      return {
        id,
        revision: rest.revision,
        kind: rest.kind,
        honorific: rest.honorific,
        fullName: rest.fullName,
        unitName: rest.unitName,
        awardFormId: rest.awardFormId,
        status: 'khong_duoc_duyet',
      };
    },
  },
  {
    method: 'nominees.bulkUpdate',
    entity: 'nominee',
    action: 'award',
    arrange: async (core, w) => ({ items: await nomineeItems(core, w.ids), set: { status: 'de_nghi' } }),
  },
  {
    method: 'nominees.delete',
    entity: 'nominee',
    action: 'delete',
    arrange: async (core, w) => ({ items: await nomineeItems(core, w.ids.slice(0, 2)) }),
  },
  {
    method: 'nominees.restore',
    entity: 'nominee',
    action: 'restore',
    arrange: async (core, w) => {
      await call(core, 'nominees.delete', { items: await nomineeItems(core, w.ids.slice(0, 2)) });
      return { ids: w.ids.slice(0, 2) };
    },
  },
  {
    method: 'ceremony.record',
    entity: 'ceremony',
    action: 'record',
    arrange: (_core, w) =>
      Promise.resolve({ nomineeId: w.ids[0], status: 'proxy', proxyName: 'Nguyễn Thị Hoa' }),
  },
  {
    method: 'ceremony.clear',
    entity: 'ceremony',
    action: 'clear',
    arrange: async (core, w) => {
      await call(core, 'ceremony.record', { nomineeId: w.ids[0] ?? 0, status: 'received' });
      return { nomineeId: w.ids[0] };
    },
  },
  {
    method: 'registers.create',
    entity: 'register',
    action: 'create',
    arrange: () => Promise.resolve({ name: 'Sổ vàng 2022', nextNumber: 1 }),
  },
  {
    method: 'registers.update',
    entity: 'register',
    action: 'update',
    arrange: async (core) => {
      const register = await createRegister(core);
      return {
        id: register.id,
        revision: register.revision,
        name: 'Sổ vàng 2021',
        prefix: '',
        suffix: '/KT',
        padding: 0,
        nextNumber: 200,
      };
    },
  },
  {
    method: 'decisions.create',
    entity: 'decision',
    action: 'create',
    arrange: (_core, w) =>
      Promise.resolve({
        conferenceId: w.conferenceId,
        number: '123-QĐ/ThU',
        date: '2021-05-19',
        issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
        signerCapacity: 'T/M BAN THƯỜNG VỤ',
        signerTitle: 'BÍ THƯ',
        signerName: 'Nguyễn Văn Khánh',
        placeName: 'Kỳ Anh',
        registerId: null,
      }),
  },
  {
    method: 'decisions.update',
    entity: 'decision',
    action: 'update',
    arrange: async (core, w) => {
      const decision = await createDecision(core, w.conferenceId, null);
      const { id, number: _n, awardCount: _a, conferenceId: _c, ...rest } = decision;
      return {
        id,
        revision: rest.revision,
        number: '124-QĐ/ThU',
        date: rest.date,
        issuer: rest.issuer,
        signerCapacity: rest.signerCapacity,
        signerTitle: rest.signerTitle,
        signerName: rest.signerName,
        placeName: rest.placeName,
        registerId: null,
      };
    },
  },
  {
    method: 'decisions.delete',
    entity: 'decision',
    action: 'delete',
    arrange: async (core, w) => {
      const decision = await decisionWithAwards(core, w);
      const { revision } = await latestDecision(core, decision);
      return { id: decision.id, revision };
    },
  },
  {
    method: 'decisions.assign',
    entity: 'decision',
    action: 'assign',
    arrange: async (core, w) => {
      const register = await createRegister(core);
      const decision = await createDecision(core, w.conferenceId, register.id);
      return { decisionId: decision.id, revision: decision.revision, nomineeIds: w.ids };
    },
  },
  {
    method: 'imports.commit',
    entity: 'import',
    action: 'create',
    arrange: async (core, w) => ({ importId: (await openImport(core, w.conferenceId)).importId }),
  },
  {
    method: 'certificates.print',
    entity: 'certificate',
    action: 'print',
    arrange: async (core, w) => {
      const decision = await decisionWithAwards(core, w);
      return {
        conferenceId: w.conferenceId,
        templateId: await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)'),
        decisionId: decision.id,
        jobId: 'job-audit',
      };
    },
  },
];

describe('audit coverage', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('has a case for every method that writes in the audited domains', () => {
    const writing = Object.keys(contract).filter(
      (name) => AUDITED_DOMAINS.includes(name.split('.')[0] ?? '') && !READ_ONLY.has(name),
    );
    expect(writing.length).toBeGreaterThan(20);
    const covered = new Set<string>(CASES.map((c) => c.method));
    expect(writing.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.method} (${c.action})`, c] as const))(
    '%s appends a row with the operator, before or after',
    async (_name, c) => {
      const core = await openCore({ dataDir: dir() });
      const world = await seedWorld(core);
      const input = await c.arrange(core, world);
      const before = await auditRows(core);
      const result = await core.dispatch(c.method, input);
      expect(result.ok ? null : result.error).toBeNull();
      const added = (await auditRows(core)).slice(before.length);
      const row = added.find((r) => r.entity === c.entity && r.action === c.action);
      expect(row, JSON.stringify(added)).toBeDefined();
      expect(row?.operator).toBe(OPERATOR);
      expect(row?.before !== null || row?.after !== null).toBe(true);
    },
  );

  it.each(CASES.map((c) => [`${c.method} (${c.action})`, c] as const))(
    '%s writes nothing when its audit row cannot be written',
    async (_name, c) => {
      const core = await openCore({ dataDir: dir() });
      const world = await seedWorld(core);
      const input = await c.arrange(core, world);
      const path = join(dir(), DATABASE_FILE);
      await failInserts(core.context.store, 'audit_log', 'audit refused');
      const snapshot = await snapshotDatabase(path);
      const result = await core.dispatch(c.method, input);
      expect(result.ok).toBe(false);
      expect(await snapshotDatabase(path)).toEqual(snapshot);
    },
  );
});
