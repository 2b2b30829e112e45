import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { useTempDir } from '../helpers';

const NAMES = Object.keys(MIGRATIONS);
const upTo = (name: string) =>
  Object.fromEntries(Object.entries(MIGRATIONS).slice(0, NAMES.indexOf(name) + 1));

describe('migration 0011_reward_money on a database of 0010', () => {
  const dir = useTempDir();

  it('seeds coefficients by the forms’ names, keeps a renamed or added form empty, and leaves awards already given without an amount', async () => {
    const path = join(dir(), DATABASE_FILE);
    const before = await openDatabase(path, { migrations: upTo('0010_revisions') });
    const old = rawSqlite(before);
    // An office that renamed a shipped form and added one of its own.
    old
      .prepare(
        "update award_forms set name = 'Giấy khen của Chủ tịch', name_folded = 'giay khen cua chu tich' where name = 'Giấy khen'",
      )
      .run();
    old
      .prepare(
        "insert into award_forms (name, name_folded, category, rank, created_at) values ('Lao động xuất sắc', 'lao dong xuat sac', 'danh_hieu', 610, 'x')",
      )
      .run();
    old
      .prepare(
        "insert into conferences (title, kind, starts_at, created_at, updated_at) values ('HN', 'tong_ket', '2024-12-01', 'x', 'x')",
      )
      .run();
    old
      .prepare(
        "insert into nominees (conference_id, kind, full_name, status, search_folded, person_key, name_sort, position_sort, created_at, updated_at, award_form_id) values (1, 'ca_nhan', 'Đinh Thị Thơm', 'duoc_duyet', '', '', '', '', 'x', 'x', (select id from award_forms where name = 'Lao động tiên tiến'))",
      )
      .run();
    old
      .prepare(
        "insert into decisions (conference_id, number, date, created_at, updated_at) values (1, '1/QĐ', '2024-12-20', 'x', 'x')",
      )
      .run();
    old
      .prepare(
        'insert into decision_awards (decision_id, nominee_id, award_form_id, position, created_at) select 1, id, award_form_id, 1, 0 from nominees',
      )
      .run();
    await before.close();

    const after = await openDatabase(path);
    try {
      const sqlite = rawSqlite(after);
      const coefficients = sqlite
        .prepare(
          'select name, individual_coefficient as i, collective_coefficient as c from award_forms order by rank desc',
        )
        .all();
      expect(coefficients).toEqual([
        { name: 'Bằng khen', i: null, c: null },
        { name: 'Tập thể lao động xuất sắc', i: null, c: 1.5 },
        { name: 'Chiến sĩ thi đua cơ sở', i: 1, c: null },
        { name: 'Giấy khen của Chủ tịch', i: null, c: null },
        { name: 'Tập thể lao động tiên tiến', i: null, c: 0.8 },
        { name: 'Lao động xuất sắc', i: null, c: null },
        { name: 'Lao động tiên tiến', i: 0.3, c: null },
        { name: 'Thư khen', i: null, c: null },
        { name: 'Giấy biểu dương', i: null, c: null },
      ]);
      // Issued before amounts were recorded: no amount is made up for it afterwards.
      expect(sqlite.prepare('select reward_amount, reward_kind from decision_awards').get()).toEqual({
        reward_amount: null,
        reward_kind: null,
      });
      expect(
        sqlite.prepare('select effective_from, amount from base_salaries order by effective_from').all(),
      ).toEqual([
        { effective_from: '2023-07-01', amount: 1_800_000 },
        { effective_from: '2024-07-01', amount: 2_340_000 },
      ]);
      expect(() =>
        sqlite
          .prepare(
            "insert into base_salaries (effective_from, amount, created_at, updated_at) values ('2024-07-01', 1, 'x', 'x')",
          )
          .run(),
      ).toThrow(/UNIQUE/);
      expect(() =>
        sqlite
          .prepare(
            "insert into base_salaries (effective_from, amount, created_at, updated_at) values ('2030-01-01', 0, 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      await after.close();
    }
  });
});
