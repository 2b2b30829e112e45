import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Which tables a conference archive carries, and how their ids are remapped on import.
 *
 * Every table of the database must appear in exactly one list here; a test reads sqlite_master
 * and fails on a table that is in none, so a table added later is never silently left out:
 * - OWNED_TABLES: rows that belong to the conference; copied whole and imported with new ids.
 * - SHARED_TABLES: installation-wide catalogues the conference uses (units, award forms,
 *   registers, certificate templates); only the rows it references are copied, and on import
 *   they are matched with the local ones (by folded name, or identical content) or created.
 * - INSTALLATION_TABLES: settings and other things of this laptop, never carried.
 * - DERIVED_TABLES: rebuilt from the carried rows (the nominees' search index).
 *
 * Columns are copied generically (`select *`), so a column added to a carried table travels
 * without a change here; a column that holds another row's id must be listed in `refs` (a test
 * compares them with the foreign keys SQLite knows of).
 */

export interface ArchivedTable {
  name: string;
  /** The conference's rows: a condition whose every `?` takes the conference id. */
  where: string;
  /** The column that takes a new id on import; null when a row is keyed by its references. */
  key: 'id' | null;
  /** Columns holding the id of a row of another carried table, and that table. */
  refs: Readonly<Record<string, string>>;
}

const POLLS = 'select id from polls where conference_id = ?';
const DECISIONS = 'select id from decisions where conference_id = ?';
const AWARDS = `select id from decision_awards where decision_id in (${DECISIONS})`;

const owned = (name: string, refs: Record<string, string> = {}, key: 'id' | null = 'id'): ArchivedTable => ({
  name,
  where: 'conference_id = ?',
  key,
  refs: { conference_id: 'conferences', ...refs },
});

/** In insertion order: a row's references are imported before it. */
export const OWNED_TABLES: readonly ArchivedTable[] = [
  { name: 'conferences', where: 'id = ?', key: 'id', refs: {} },
  owned('nominees', { unit_id: 'units', proposing_unit_id: 'units', award_form_id: 'award_forms' }),
  owned('council_members'),
  owned('polls'),
  {
    name: 'poll_nominees',
    where: `poll_id in (${POLLS})`,
    key: null,
    refs: { poll_id: 'polls', nominee_id: 'nominees' },
  },
  { name: 'poll_ballots', where: `poll_id in (${POLLS})`, key: 'id', refs: { poll_id: 'polls' } },
  owned('decisions', { register_id: 'registers' }),
  {
    name: 'decision_awards',
    where: `decision_id in (${DECISIONS})`,
    key: 'id',
    refs: {
      decision_id: 'decisions',
      nominee_id: 'nominees',
      award_form_id: 'award_forms',
      register_id: 'registers',
    },
  },
  {
    name: 'certificate_prints',
    where: `award_id in (${AWARDS})`,
    key: 'id',
    refs: { award_id: 'decision_awards', template_id: 'certificate_templates' },
  },
  owned('agenda_items'),
  owned('delegates'),
  owned('ceremony_records', { nominee_id: 'nominees' }, null),
  owned('projector_state', {}, null),
  owned('export_options', {}, null),
  owned('document_templates'),
  // Append-only: imported rows are inserted, never changed. entity_id is remapped by entity name.
  owned('audit_log'),
];

/** Only the rows the conference uses; a unit's parents come along so the tree stays whole. */
export const SHARED_TABLES: readonly ArchivedTable[] = [
  {
    name: 'units',
    where: `id in (with recursive used(id) as (
        select unit_id from nominees where conference_id = ?
        union select proposing_unit_id from nominees where conference_id = ?
        union select u.parent_id from units u join used on u.id = used.id where u.parent_id is not null)
      select id from used)`,
    key: 'id',
    refs: { parent_id: 'units' },
  },
  {
    name: 'award_forms',
    where: `id in (select award_form_id from nominees where conference_id = ?
      union select award_form_id from decision_awards where decision_id in (${DECISIONS}))`,
    key: 'id',
    refs: {},
  },
  {
    name: 'registers',
    where: `id in (select register_id from decisions where conference_id = ?
      union select register_id from decision_awards where decision_id in (${DECISIONS}))`,
    key: 'id',
    refs: {},
  },
  {
    name: 'certificate_templates',
    where: `id in (select template_id from certificate_prints where award_id in (${AWARDS}))`,
    key: 'id',
    refs: {},
  },
];

/** Belong to this installation, not to a conference: never carried. */
export const INSTALLATION_TABLES: readonly string[] = [
  'settings',
  'import_mappings',
  'voting_rules',
  // The law's figures, the same for every conference: each laptop keeps its own table.
  'base_salaries',
  // Per issuer, not per conference: the office's own list, like the voting rule presets.
  'document_legal_bases',
  // A slip opens a vote on this laptop only (its hash is unique here); the counts it gave travel
  // with the poll, and a named poll's vote with its ballots' member on the slip stays here.
  'vote_slips',
  'kysely_migration',
  'kysely_migration_lock',
];

/** Rebuilt on import from the carried rows: the nominees' full-text index and its own tables. */
export const DERIVED_TABLES: readonly string[] = [
  'nominee_search',
  'nominee_search_data',
  'nominee_search_idx',
  'nominee_search_docsize',
  'nominee_search_config',
];

/** audit_log.entity → the carried table its entity_id points into. */
export const AUDIT_ENTITY_TABLES: Readonly<Record<string, string>> = {
  conference: 'conferences',
  nominee: 'nominees',
  poll: 'polls',
  decision: 'decisions',
  award: 'decision_awards',
  register: 'registers',
  template: 'certificate_templates',
  member: 'council_members',
  council: 'council_members',
  agenda: 'conferences',
  ceremony: 'nominees',
  agenda_item: 'agenda_items',
  delegate: 'delegates',
};

/** Every carried table by name. */
export const ARCHIVED_TABLES: ReadonlyMap<string, ArchivedTable> = new Map(
  [...SHARED_TABLES, ...OWNED_TABLES].map((t) => [t.name, t]),
);

/** The conference id once for each `?` of a table's condition. */
export const whereParams = (table: ArchivedTable, conferenceId: number): number[] =>
  Array.from({ length: table.where.split('?').length - 1 }, () => conferenceId);

/** A table's condition for Kysely, the conference id bound at each `?` (plain SQL, any dialect). */
export function whereCondition(table: ArchivedTable, conferenceId: number): RawBuilder<SqlBool> {
  const parts = table.where.split('?').map((part) => sql.raw(part));
  const bound = parts.flatMap((part, i) => (i === 0 ? [part] : [sql.val(conferenceId), part]));
  return sql<SqlBool>`${sql.join(bound, sql.raw(''))}`;
}
