import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_conferences_settings';
import * as m0002 from './0002_conference_title_search';
import * as m0003 from './0003_awards_units_nominees';
import * as m0004 from './0004_voting';
import * as m0005 from './0005_exports';
import * as m0006 from './0006_certificates';
import * as m0007 from './0007_conference_day';
import * as m0008 from './0008_delegates_search';
import * as m0009 from './0009_audit_operator';
import * as m0010 from './0010_revisions';
import * as m0011 from './0011_reward_money';
import * as m0012 from './0012_document_templates';
import * as m0013 from './0013_lan_voting';
import * as m0014 from './0014_nominee_counts_index';
import * as m0015 from './0015_nominees_by_section';

/**
 * Every migration, in order. A static list because a bundled main process cannot read a
 * folder; names sort in order, and a landed migration is never edited.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_conferences_settings': m0001,
  '0002_conference_title_search': m0002,
  '0003_awards_units_nominees': m0003,
  '0004_voting': m0004,
  '0005_exports': m0005,
  '0006_certificates': m0006,
  '0007_conference_day': m0007,
  '0008_delegates_search': m0008,
  '0009_audit_operator': m0009,
  '0010_revisions': m0010,
  '0011_reward_money': m0011,
  '0012_document_templates': m0012,
  '0013_lan_voting': m0013,
  '0014_nominee_counts_index': m0014,
  '0015_nominees_by_section': m0015,
};
