// @engine sqlite: SQLite's query plan; on PostgreSQL the planner weighs the index against the rows it holds.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { rawSqlite } from '../../src/main/db/open';
import { KIND_SECTION } from '../../src/main/nominees/read-model';
import { useCores, useTempDir } from '../helpers';

/**
 * The list's default order (by section, then by name) is read from the index nominees_by_section,
 * which repeats KIND_SECTION's expression word for word (migration 0015). Were the two to drift
 * apart, every page in that order would read and sort all its rows again, with nothing else
 * failing: this reads the plan.
 */
describe('the section order', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('is read from its index in order, either way round, without sorting', async () => {
    const core = await openCore({ dataDir: dir() });
    const { store } = core.context;
    for (const dir of [sql`asc`, sql`desc`]) {
      const query = sql`select n.id from nominees n where n.conference_id = 1 and n.deleted_at is null
        order by ${KIND_SECTION} ${dir}, n.name_sort ${dir}, n.id ${dir} limit 200`.compile(store.db);
      const plan = rawSqlite(store)
        .prepare(`explain query plan ${query.sql}`)
        .all(...query.parameters)
        .map((row) => (row as { detail: string }).detail);
      expect(plan.join('\n')).toContain('nominees_by_section');
      expect(plan.join('\n')).not.toContain('TEMP B-TREE');
    }
  });
});
