import type { Generated } from 'kysely';

/**
 * Table types as SQLite really returns them: text, numbers and 0/1. Conversion to domain
 * objects happens in each domain's queries.
 */
export interface ConferenceTable {
  id: Generated<number>;
  title: string;
  /** vi_fold(title), kept for accent-insensitive search (migration 0002). */
  title_folded: Generated<string>;
  kind: string;
  campaign: string;
  organiser: string;
  place_name: string;
  venue: string;
  starts_at: string;
  ends_at: string | null;
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Key-value settings; values are JSON text. */
export interface SettingTable {
  key: string;
  value: string;
}

export interface AwardFormTable {
  id: Generated<number>;
  name: string;
  name_folded: string;
  category: string;
  issuer: string;
  rank: number;
  aliases: string;
  /** 0 or 1. */
  active: number;
  created_at: string;
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
  conference_id: number;
  kind: string;
  honorific: string | null;
  full_name: string;
  gender: string | null;
  birth: string;
  position: string;
  unit_id: number | null;
  achievement: string;
  award_form_id: number | null;
  proposing_unit_id: number | null;
  status: string;
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

export interface Database {
  conferences: ConferenceTable;
  settings: SettingTable;
  award_forms: AwardFormTable;
  units: UnitTable;
  nominees: NomineeTable;
  import_mappings: ImportMappingTable;
}
