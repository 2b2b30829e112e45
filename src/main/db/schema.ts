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

export interface Database {
  conferences: ConferenceTable;
  settings: SettingTable;
}
