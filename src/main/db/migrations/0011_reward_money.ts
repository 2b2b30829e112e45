import { sql, type Kysely } from 'kysely';

// Frozen once landed. Reward money (tiền thưởng): the base salary (mức lương cơ sở) by the date
// it took effect, each award form's coefficient of it for individuals and for collectives, and
// on every award the amount it was issued with, so that a coefficient or a salary changed later
// leaves the decisions already issued as they were.

/** Only figures confirmed in the decree that sets them (khoản 2 Điều 3 of each). */
const BASE_SALARIES: [effectiveFrom: string, amount: number, source: string][] = [
  ['2023-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP, khoản 2 Điều 3'],
  ['2024-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP, khoản 2 Điều 3'],
];

/**
 * Coefficients Decree 98/2023/NĐ-CP states for the shipped forms (Điều 54, the emulation
 * titles). Bằng khen and Giấy khen depend on who confers them and are left empty, as are Thư
 * khen and Giấy biểu dương, which the decree gives no amount.
 */
const COEFFICIENTS: [name: string, individual: number | null, collective: number | null, source: string][] = [
  ['Chiến sĩ thi đua cơ sở', 1.0, null, 'Nghị định 98/2023/NĐ-CP, Điều 54 khoản 1: 1,0 lần mức lương cơ sở'],
  ['Lao động tiên tiến', 0.3, null, 'Nghị định 98/2023/NĐ-CP, Điều 54 khoản 1: 0,3 lần mức lương cơ sở'],
  [
    'Tập thể lao động xuất sắc',
    null,
    1.5,
    'Nghị định 98/2023/NĐ-CP, Điều 54 khoản 2: 1,5 lần mức lương cơ sở',
  ],
  [
    'Tập thể lao động tiên tiến',
    null,
    0.8,
    'Nghị định 98/2023/NĐ-CP, Điều 54 khoản 2: 0,8 lần mức lương cơ sở',
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table base_salaries (
      id integer primary key autoincrement,
      revision integer not null default 1,
      effective_from text not null unique,
      amount integer not null check (amount > 0),
      source text not null default '',
      created_at text not null,
      updated_at text not null
    )`.execute(db);
  const now = new Date().toISOString();
  for (const [effectiveFrom, amount, source] of BASE_SALARIES) {
    await sql`insert into base_salaries (effective_from, amount, source, created_at, updated_at)
      values (${effectiveFrom}, ${amount}, ${source}, ${now}, ${now})`.execute(db);
  }

  await sql`alter table award_forms add column individual_coefficient real`.execute(db);
  await sql`alter table award_forms add column collective_coefficient real`.execute(db);
  await sql`alter table award_forms add column coefficient_source text not null default ''`.execute(db);
  for (const [name, individual, collective, source] of COEFFICIENTS) {
    await sql`update award_forms set individual_coefficient = ${individual},
      collective_coefficient = ${collective}, coefficient_source = ${source}
      where name_folded = vi_fold(${name})`.execute(db);
  }

  // The copy an award keeps: null on awards given before this migration, and where the form had
  // no coefficient or no base salary was in force on the decision's date.
  await sql`alter table decision_awards add column reward_kind text
    check (reward_kind in ('individual', 'collective'))`.execute(db);
  await sql`alter table decision_awards add column reward_coefficient real`.execute(db);
  await sql`alter table decision_awards add column reward_base_salary integer`.execute(db);
  await sql`alter table decision_awards add column reward_amount integer`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['reward_amount', 'reward_base_salary', 'reward_coefficient', 'reward_kind']) {
    await sql`alter table decision_awards drop column ${sql.ref(column)}`.execute(db);
  }
  for (const column of ['coefficient_source', 'collective_coefficient', 'individual_coefficient']) {
    await sql`alter table award_forms drop column ${sql.ref(column)}`.execute(db);
  }
  await sql`drop table base_salaries`.execute(db);
}
