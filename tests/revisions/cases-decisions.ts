import type { Core } from '../../src/main/app/create-core';
import { assign, createDecision, createRegister, latestDecision, seedConference } from '../decisions/seed';
import { call } from '../helpers';
import type { StaleCase } from './case';

/** A decision over a register, with approved nominees to award, as a window lists it. */
async function listedDecision(core: Core) {
  const { conference, ids } = await seedConference(core);
  const register = await createRegister(core);
  const created = await createDecision(core, conference.id, register.id);
  return { decision: await latestDecision(core, created), ids, register };
}

/** The fields of a decision as its edit dialog sends them back. */
function decisionFields(decision: Awaited<ReturnType<typeof latestDecision>>) {
  const {
    id,
    revision,
    number,
    date,
    issuer,
    signerCapacity,
    signerTitle,
    signerName,
    placeName,
    registerId,
  } = decision;
  return {
    id,
    revision,
    number,
    date,
    issuer,
    signerCapacity,
    signerTitle,
    signerName,
    placeName,
    registerId,
  };
}

/** Another window edits the decision it has open (its own, fresh copy). */
async function editDecisionElsewhere(core: Core, decision: { id: number; conferenceId: number }) {
  const latest = await latestDecision(core, decision);
  await call(core, 'decisions.update', {
    ...decisionFields(latest),
    issuer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh',
  });
}

async function listedRegister(core: Core) {
  const created = await createRegister(core);
  const listed = (await call(core, 'registers.list', {})).find((r) => r.id === created.id);
  if (!listed) throw new Error('register not listed');
  return listed;
}

export const DECISIONS_CASES: StaleCase[] = [
  {
    method: 'decisions.update',
    async arrange(core) {
      const { decision } = await listedDecision(core);
      return {
        input: { ...decisionFields(decision), number: '124-QĐ/ThU' },
        editElsewhere: () => editDecisionElsewhere(core, decision),
      };
    },
  },
  {
    method: 'decisions.delete',
    async arrange(core) {
      const { decision } = await listedDecision(core);
      return {
        input: { id: decision.id, revision: decision.revision },
        editElsewhere: () => editDecisionElsewhere(core, decision),
      };
    },
  },
  {
    method: 'decisions.assign',
    label: 'decision edited elsewhere',
    async arrange(core) {
      const { decision, ids } = await listedDecision(core);
      return {
        input: { decisionId: decision.id, revision: decision.revision, nomineeIds: ids },
        editElsewhere: () => editDecisionElsewhere(core, decision),
      };
    },
  },
  {
    method: 'decisions.assign',
    label: 'awards given elsewhere',
    async arrange(core) {
      const { decision, ids } = await listedDecision(core);
      return {
        input: { decisionId: decision.id, revision: decision.revision, nomineeIds: ids },
        // The other window awards the first nominee: this view no longer shows the decision's awards.
        editElsewhere: async () => {
          await assign(core, decision, ids.slice(0, 1));
        },
      };
    },
  },
  {
    method: 'registers.update',
    label: 'renamed elsewhere',
    async arrange(core) {
      const register = await listedRegister(core);
      return {
        input: { ...register, name: 'Sổ vàng Thị ủy', nextNumber: 200 },
        editElsewhere: async () => {
          await call(core, 'registers.update', { ...register, suffix: '/TĐKT' });
        },
      };
    },
  },
  {
    method: 'registers.update',
    label: 'counter moved on by awards given elsewhere',
    async arrange(core) {
      const { conference, ids } = await seedConference(core);
      const register = await listedRegister(core);
      return {
        input: { ...register, name: 'Sổ vàng Thị ủy' },
        editElsewhere: async () => {
          const decision = await createDecision(core, conference.id, register.id);
          await assign(core, decision, ids);
        },
      };
    },
  },
];
