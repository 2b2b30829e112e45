import { z } from 'zod';
import { entityId, LIMITS, optionalLine, requiredLine, revisedId, revision } from './fields';
import { NOMINEE_KINDS } from './nominees';

/** What the threshold is a share of (DOMAIN.md, "Voting rules"). */
export const DENOMINATORS = [
  'all_members',
  'members_present',
  'ballots_issued',
  'ballots_returned',
  'valid_ballots',
] as const;
export type Denominator = (typeof DENOMINATORS)[number];

export const VOTING_METHODS = ['secret_ballot', 'show_of_hands', 'named'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export const MEMBER_ROLES = ['chu_tich', 'pho_chu_tich', 'thu_ky', 'thanh_vien', 'kiem_phieu'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Present, absent, or absent with a written opinion (Decree 91/2017 art. 45). */
export const PRESENCE = ['present', 'absent', 'written_opinion'] as const;
export type Presence = (typeof PRESENCE)[number];

/** A fraction kept exact: 2/3 is not 66.67%. */
export const fractionRecord = z.object({
  numerator: z.number().int().min(0).max(1000),
  denominator: z.number().int().min(1).max(1000),
});
export type Fraction = z.infer<typeof fractionRecord>;

/**
 * A voting rule. It is copied into each poll when the poll is created, so that editing a
 * preset later never changes a past result.
 */
export const votingRuleRecord = z.object({
  name: z.string(),
  /** Share of the denominator that agree votes must reach. */
  threshold: fractionRecord,
  /** true: more than the threshold (">"); false: at least (">="). */
  strict: z.boolean(),
  denominator: z.enum(DENOMINATORS),
  /** Share of all members that must take part for the vote to count; 0/1 for none. */
  quorum: fractionRecord,
  /** Absent members' written opinions count as taking part (and are in the entered counts). */
  writtenOpinionsCount: z.boolean(),
  /** At most this many approved; null for no quota. */
  quota: z.number().int().min(1).nullable(),
  secret: z.boolean(),
  method: z.enum(VOTING_METHODS),
});
export type VotingRule = z.infer<typeof votingRuleRecord>;

/** The counts a tally is computed from (entered, or summed from the ballots). */
export const countsRecord = z.object({
  ballotsIssued: z.number().int().min(0),
  ballotsReturned: z.number().int().min(0),
  valid: z.number().int().min(0),
  invalid: z.number().int().min(0),
  votes: z.array(
    z.object({
      nomineeId: z.number().int(),
      agree: z.number().int().min(0),
      disagree: z.number().int().min(0),
      abstain: z.number().int().min(0),
    }),
  ),
});
export type Counts = z.infer<typeof countsRecord>;

/** Who could vote: members, those present, and absent members who sent a written opinion. */
export interface Attendance {
  totalMembers: number;
  present: number;
  writtenOpinions: number;
}

export type Verdict = 'passed' | 'failed' | 'tie_at_quota';

export interface NomineeResult {
  nomineeId: number;
  agree: number;
  disagree: number;
  abstain: number;
  /** agree / denominator × 100, for display only: passing is decided on exact integers. */
  percent: number;
  thresholdMet: boolean;
  /** Place among those that met the threshold, by agree votes (1 = most); null when not met. */
  rank: number | null;
  verdict: Verdict;
}

export interface TallyResult {
  quorumMet: boolean;
  /** The number the threshold is a share of, under the rule. */
  denominatorValue: number;
  results: NomineeResult[];
  /** Some nominees tie at the quota line: the council must settle it. */
  tieAtQuota: boolean;
}

/** One problem in entered counts: a key of `countProblems` in the UI's texts, with its numbers. */
export interface CountProblem {
  key:
    | 'returnedOverIssued'
    | 'validInvalidMismatch'
    | 'marksOverValid'
    | 'issuedOverMembers'
    | 'unknownNominee'
    | 'missingNominee';
  nomineeId?: number;
  values: Record<string, number>;
}

export const memberInput = z.object({
  name: requiredLine(LIMITS.shortText * 2),
  title: optionalLine(LIMITS.line),
  unit: optionalLine(LIMITS.line),
  role: z.enum(MEMBER_ROLES, { error: 'invalid' }).default('thanh_vien'),
});
export const memberCreateInput = z.object({ conferenceId: entityId(), ...memberInput.shape });
export const memberUpdateInput = z.object({ id: entityId(), revision: revision(), ...memberInput.shape });
export const memberRemoveInput = revisedId();

export const councilMemberRecord = z.object({
  id: z.number().int(),
  conferenceId: z.number().int(),
  name: z.string(),
  title: z.string(),
  unit: z.string(),
  role: z.enum(MEMBER_ROLES),
  presence: z.enum(PRESENCE),
  /** Moves on with every edit of the member (not with a roll-call mark). */
  revision: z.number().int(),
});
export type CouncilMember = z.infer<typeof councilMemberRecord>;

export const attendanceRecord = z.object({
  totalMembers: z.number().int(),
  present: z.number().int(),
  writtenOpinions: z.number().int(),
});

export const councilRecord = z.object({
  members: z.array(councilMemberRecord),
  attendance: attendanceRecord,
});
export type Council = z.infer<typeof councilRecord>;

export const presenceInput = z.object({ id: entityId(), presence: z.enum(PRESENCE, { error: 'invalid' }) });

const fractionInput = z
  .object({
    numerator: z.number({ error: 'invalid' }).int('invalid').min(0, 'invalid').max(1000, 'invalid'),
    denominator: z.number({ error: 'invalid' }).int('invalid').min(1, 'invalid').max(1000, 'invalid'),
  })
  .refine((f) => f.numerator <= f.denominator, 'invalid');

/** A rule as edited: the same shape as a stored rule, checked. */
export const votingRuleInput = votingRuleRecord.extend({
  name: requiredLine(LIMITS.line),
  threshold: fractionInput,
  quorum: fractionInput,
  quota: z.number({ error: 'invalid' }).int('invalid').min(1, 'invalid').max(100_000, 'invalid').nullable(),
});

export const ruleEntryRecord = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  rule: votingRuleRecord,
});
export type RuleEntry = z.infer<typeof ruleEntryRecord>;
/** With an id, an edit of that preset based on `revision`; without, a new preset (a copy). */
export const ruleSaveInput = z
  .object({
    id: entityId().nullable().default(null),
    revision: revision().nullable().default(null),
    rule: votingRuleInput,
  })
  .refine((input) => input.id === null || input.revision !== null, {
    message: 'required',
    path: ['revision'],
  });

export const POLL_STATES = ['draft', 'voting', 'counting', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

export const pollSummaryRecord = z.object({
  id: z.number().int(),
  title: z.string(),
  state: z.enum(POLL_STATES),
  ruleName: z.string(),
  nomineeCount: z.number().int(),
  closedAt: z.string().nullable(),
  revision: z.number().int(),
});
export type PollSummary = z.infer<typeof pollSummaryRecord>;

const verdictEnum = z.enum(['passed', 'failed', 'tie_at_quota']);

export const pollNomineeRecord = z.object({
  nomineeId: z.number().int(),
  kind: z.enum(NOMINEE_KINDS),
  fullName: z.string(),
  unitName: z.string(),
  awardFormName: z.string(),
  status: z.string(),
  agree: z.number().int().nullable(),
  disagree: z.number().int().nullable(),
  abstain: z.number().int().nullable(),
});

export const tallyRecord = z.object({
  quorumMet: z.boolean(),
  denominatorValue: z.number(),
  tieAtQuota: z.boolean(),
  results: z.array(
    z.object({
      nomineeId: z.number().int(),
      agree: z.number().int(),
      disagree: z.number().int(),
      abstain: z.number().int(),
      percent: z.number(),
      thresholdMet: z.boolean(),
      rank: z.number().int().nullable(),
      verdict: verdictEnum,
    }),
  ),
});

export const countProblemRecord = z.object({
  key: z.string(),
  nomineeId: z.number().int().optional(),
  values: z.record(z.string(), z.number()),
});

export const pollDetailRecord = z.object({
  id: z.number().int(),
  conferenceId: z.number().int(),
  title: z.string(),
  state: z.enum(POLL_STATES),
  rule: votingRuleRecord,
  /** As it is now, or as it was when the poll closed. */
  attendance: attendanceRecord,
  nominees: z.array(pollNomineeRecord),
  counts: z
    .object({
      ballotsIssued: z.number().int(),
      ballotsReturned: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
    })
    .nullable(),
  ballotsEntered: z.number().int(),
  problems: z.array(countProblemRecord),
  /** Computed whenever counts exist; final once the poll is closed. */
  tally: tallyRecord.nullable(),
  closedAt: z.string().nullable(),
  /** Moves on with every change of the poll, its counts included (a ballot added too). */
  revision: z.number().int(),
});
export type PollDetail = z.infer<typeof pollDetailRecord>;

const nomineeIds = z.array(entityId()).min(1, 'required').max(5000, 'tooLong');
export const pollCreateInput = z.object({
  conferenceId: entityId(),
  title: requiredLine(LIMITS.line),
  ruleId: entityId(),
  nomineeIds,
});
export const pollUpdateInput = z.object({
  id: entityId(),
  revision: revision(),
  title: requiredLine(LIMITS.line),
  ruleId: entityId(),
  nomineeIds,
});
export const pollIdInput = z.object({ id: entityId() });
export const pollStateInput = z.object({
  id: entityId(),
  revision: revision(),
  state: z.enum(['voting', 'counting']),
});
export const pollCountsInput = z.object({ id: entityId(), revision: revision(), counts: countsRecord });
export const pollCloseInput = revisedId();
export const pollBallotInput = z.object({
  id: entityId(),
  invalid: z.boolean().default(false),
  marks: z.record(z.string().regex(/^\d+$/), z.enum(['agree', 'disagree', 'abstain'])).default({}),
});
export const pollReopenInput = z.object({
  id: entityId(),
  revision: revision(),
  reason: requiredLine(LIMITS.line),
});
export const ballotsPdfInput = z.object({
  id: entityId(),
  copies: z.number().int().min(1).max(2000).nullable().default(null),
});
