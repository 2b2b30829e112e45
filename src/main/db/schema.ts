import type { Generated } from 'kysely';
import type { AgendaKind } from '../../shared/agenda';
import type { AwardCategory } from '../../shared/awards';
import type { ConferenceKind, Letterhead } from '../../shared/conferences';
import type { Gender, Honorific, NomineeKind, NomineeStatus } from '../../shared/nominees';
import type { CeremonyStatus } from '../../shared/projector';
import type { MemberRole, PollState, Presence, Verdict } from '../../shared/voting';

/**
 * Table types as SQLite really returns them: text, numbers and 0/1. Conversion to domain
 * objects happens in each domain's queries. A text column that holds one of a fixed set of
 * codes carries that set's type: the contract validates every code on the way in (and some
 * migrations add a CHECK), so reading one needs no cast.
 */
export interface ConferenceTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  title: string;
  /** vi_fold(title), kept for accent-insensitive search (migration 0002). */
  title_folded: Generated<string>;
  kind: ConferenceKind;
  campaign: string;
  organiser: string;
  place_name: string;
  venue: string;
  starts_at: string;
  ends_at: string | null;
  notes: string;
  /** 'auto', 'party' or 'state' (migration 0005). */
  letterhead: Generated<Letterhead>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The last honoree-list options of a conference, as JSON (migration 0005). */
export interface ExportOptionsTable {
  conference_id: number;
  list_options: string;
  updated_at: string;
}

/** A register (sổ vàng) and the running number it hands out next (migration 0006). */
export interface RegisterTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  name: string;
  prefix: string;
  suffix: string;
  padding: number;
  next_number: number;
  created_at: string;
}

export interface DecisionTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  number: string;
  date: string;
  issuer: string;
  signer_capacity: string;
  signer_title: string;
  signer_name: string;
  place_name: string;
  register_id: number | null;
  created_at: string;
  updated_at: string;
}

/** An award given by a decision, with its register number once numbered. */
export interface DecisionAwardTable {
  id: Generated<number>;
  decision_id: number;
  nominee_id: number;
  award_form_id: number;
  register_id: number | null;
  register_seq: number | null;
  register_number: string;
  /** Order in the decision's list (rank, then list order) when it was assigned. */
  position: number;
  created_at: string;
  /**
   * The reward money as issued (migration 0011): null on awards given before amounts were
   * recorded, or when the form had no coefficient or no base salary was in force.
   */
  reward_kind: Generated<'individual' | 'collective' | null>;
  reward_coefficient: Generated<number | null>;
  reward_base_salary: Generated<number | null>;
  reward_amount: Generated<number | null>;
}

/** A Word template loaded by the office for one conference and document kind (migration 0012). */
export interface DocumentTemplateTable {
  id: Generated<number>;
  conference_id: number;
  /** DocumentKind: 'minutes' | 'proposal' | 'decision' | 'paymentList'. */
  kind: string;
  file_name: string;
  /** The .docx bytes, checked before they were stored. */
  content: Buffer;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The legal bases a decision of one issuer cites, as the office edited them (migration 0012). */
export interface DocumentLegalBasesTable {
  id: Generated<number>;
  issuer: string;
  issuer_folded: string;
  /** string[] as JSON. */
  bases: string;
  revision: Generated<number>;
  updated_at: string;
}

export interface CertificateTemplateTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  /** Set on the shipped templates, which are re-created from code when missing. */
  builtin_key: string | null;
  name: string;
  /** TemplateBody as JSON. */
  body: string;
  version: number;
  background: Buffer | null;
  emblem: Buffer | null;
  created_at: string;
  updated_at: string;
}

export interface CertificatePrintTable {
  id: Generated<number>;
  award_id: number;
  template_id: number;
  template_version: number;
  job_id: string;
  printed_at: string;
}

/** Key-value settings; values are JSON text. */
export interface SettingTable {
  key: string;
  value: string;
}

export interface AwardFormTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  name: string;
  name_folded: string;
  category: AwardCategory;
  issuer: string;
  rank: number;
  aliases: string;
  /** 0 or 1. */
  active: number;
  created_at: string;
  /** Reward money as a multiple of the base salary; null when not set (migration 0011). */
  individual_coefficient: Generated<number | null>;
  collective_coefficient: Generated<number | null>;
  /** The article the coefficients come from, shown beside them. */
  coefficient_source: Generated<string>;
}

/** The base salary (mức lương cơ sở) from the day it took effect (migration 0011). */
export interface BaseSalaryTable {
  id: Generated<number>;
  revision: Generated<number>;
  /** "YYYY-MM-DD"; unique. */
  effective_from: string;
  /** Whole đồng a month. */
  amount: number;
  /** The decree and article that set it. */
  source: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface UnitTable {
  id: Generated<number>;
  name: string;
  name_folded: string;
  sort_key: string;
  parent_id: number | null;
  created_at: string;
}

export interface NomineeTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  kind: NomineeKind;
  honorific: Honorific | null;
  full_name: string;
  gender: Gender | null;
  birth: string;
  position: string;
  unit_id: number | null;
  achievement: string;
  award_form_id: number | null;
  proposing_unit_id: number | null;
  status: NomineeStatus;
  notes: string;
  source_file: string;
  source_row: number | null;
  search_folded: string;
  person_key: string;
  name_sort: string;
  position_sort: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImportMappingTable {
  /** Folded headings joined, so the same layout is recognised again. */
  signature: string;
  /** JSON: column index → field. */
  mapping: string;
  updated_at: string;
}

export interface CouncilMemberTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  name: string;
  title: string;
  unit: string;
  role: MemberRole;
  presence: Generated<Presence>;
  deleted_at: string | null;
  created_at: string;
}

export interface VotingRuleTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  name: string;
  /** JSON of a VotingRule. */
  rule: string;
  created_at: string;
  updated_at: string;
}

export interface PollTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  title: string;
  /** JSON of the VotingRule copied in when the poll was made. */
  rule: string;
  state: PollState;
  ballots_issued: number | null;
  ballots_returned: number | null;
  valid: number | null;
  invalid: number | null;
  /** JSON of the Attendance when the poll closed. */
  attendance: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PollNomineeTable {
  poll_id: number;
  nominee_id: number;
  position: number;
  agree: number | null;
  disagree: number | null;
  abstain: number | null;
  verdict: Verdict | null;
}

export interface PollBallotTable {
  id: Generated<number>;
  poll_id: number;
  /** 0 or 1. */
  invalid: number;
  /** One character per nominee of the poll, in order: a(gree), d(isagree), -(blank). */
  marks: string;
  created_at: string;
  /** Counted by the tellers, or sent from a phone (migration 0013). */
  source: Generated<BallotSource>;
}

export type BallotSource = 'paper' | 'electronic';

/** An electronic voting slip (migration 0013); see src/main/voting/lan/. */
export interface VoteSlipTable {
  id: Generated<number>;
  poll_id: number;
  label: string;
  auth_hash: string;
  seal_key: string | null;
  member_id: number | null;
  used_at: string | null;
  /** A named poll's vote (as poll_ballots.marks); null on a secret poll's slip. */
  marks: string | null;
  receipt: string | null;
  submission_hash: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  conference_id: number | null;
  entity: string;
  entity_id: number | null;
  action: string;
  detail: string;
  before: string | null;
  after: string | null;
  /** The operator name in the settings when the change was made; '' when none was set. */
  operator: Generated<string>;
  /** Detail, operator, before and after, folded (foldVietnamese) for the viewer's search. */
  search: Generated<string>;
}

export interface AgendaItemTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  position: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  presenter_title: string;
  duration_minutes: number;
  notes: string;
  /** ISO timestamps recorded in run mode. */
  actual_start: string | null;
  actual_end: string | null;
  created_at: string;
  updated_at: string;
}

export interface DelegateTable {
  id: Generated<number>;
  /** Bumped by every update; an edit names the revision it was based on (migration 0010). */
  revision: Generated<number>;
  conference_id: number;
  honorific: Honorific | null;
  full_name: string;
  title: string;
  unit_name: string;
  group_name: string;
  seat: string;
  badge: string;
  notes: string;
  source_file: string;
  source_row: number | null;
  /** Folded (accent-free, lower-case) name, unit, title and badge for search-as-you-type. */
  search_folded: string;
  name_sort: string;
  checked_in_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CeremonyRecordTable {
  nominee_id: number;
  conference_id: number;
  status: CeremonyStatus;
  proxy_name: string;
  recorded_at: string;
}

export interface ProjectorStateTable {
  conference_id: number;
  /** Validated when read (projector/queries.ts): an unknown screen shows the title card. */
  screen: string;
  /** JSON whose shape depends on the screen. */
  payload: string;
  updated_at: string;
}

export interface Database {
  conferences: ConferenceTable;
  settings: SettingTable;
  award_forms: AwardFormTable;
  units: UnitTable;
  nominees: NomineeTable;
  import_mappings: ImportMappingTable;
  council_members: CouncilMemberTable;
  voting_rules: VotingRuleTable;
  polls: PollTable;
  poll_nominees: PollNomineeTable;
  poll_ballots: PollBallotTable;
  vote_slips: VoteSlipTable;
  audit_log: AuditLogTable;
  export_options: ExportOptionsTable;
  registers: RegisterTable;
  decisions: DecisionTable;
  decision_awards: DecisionAwardTable;
  certificate_templates: CertificateTemplateTable;
  certificate_prints: CertificatePrintTable;
  document_templates: DocumentTemplateTable;
  document_legal_bases: DocumentLegalBasesTable;
  agenda_items: AgendaItemTable;
  delegates: DelegateTable;
  ceremony_records: CeremonyRecordTable;
  projector_state: ProjectorStateTable;
  base_salaries: BaseSalaryTable;
}
