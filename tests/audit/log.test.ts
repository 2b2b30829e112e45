import type BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { call, useCores, useTempDir, nomineeItems } from '../helpers';
import { createRegister } from '../decisions/seed';
import { auditRows, OPERATOR, seedWorld } from './seed';

const refused = (sqlite: BetterSqlite3.Database, statement: string) => () => sqlite.prepare(statement).run();

describe('the audit log', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('names the operator set at the time of each change, stored composed (NFC)', async () => {
    const core = await openCore({ dataDir: dir() });
    const register = await createRegister(core, 10);
    await call(core, 'settings.update', { operatorName: ` ${OPERATOR.normalize('NFD')}  ` });
    await call(core, 'registers.update', {
      id: register.id,
      revision: register.revision,
      name: 'Sổ vàng 2021',
      prefix: '',
      suffix: '/KT',
      padding: 0,
      nextNumber: 20,
    });
    await call(core, 'settings.update', { operatorName: 'Trần Minh Đức' });
    await call(core, 'registers.create', { name: 'Sổ vàng 2022', nextNumber: 1 });

    const rows = await auditRows(core);
    expect(rows.map((r) => [r.entity, r.action, r.operator])).toEqual([
      ['register', 'create', ''],
      ['register', 'update', OPERATOR],
      ['register', 'create', 'Trần Minh Đức'],
    ]);
    expect(rows[1]?.operator.normalize('NFC')).toBe(rows[1]?.operator);
    expect(JSON.parse(rows[1]?.before ?? 'null')).toMatchObject({ nextNumber: 10 });
    expect(JSON.parse(rows[1]?.after ?? 'null')).toMatchObject({ nextNumber: 20 });
  });

  it('stays append-only after the operator column: updates and deletes are refused', async () => {
    const core = await openCore({ dataDir: dir() });
    await call(core, 'settings.update', { operatorName: OPERATOR });
    await createRegister(core);
    const sqlite = rawSqlite(core.context.store);
    expect(refused(sqlite, "update audit_log set operator = 'Người khác'")).toThrow(/append-only/);
    expect(refused(sqlite, "update audit_log set after = '{}'")).toThrow(/append-only/);
    expect(refused(sqlite, 'delete from audit_log')).toThrow(/append-only/);
    expect((await auditRows(core)).map((r) => r.operator)).toEqual([OPERATOR]);
  });

  it('0009 gives rows written before it no operator and their folded words, and keeps the triggers', async () => {
    const path = join(dir(), DATABASE_FILE);
    const names = Object.keys(MIGRATIONS);
    const before = Object.fromEntries(
      Object.entries(MIGRATIONS).slice(0, names.indexOf('0009_audit_operator')),
    );
    const old = await openDatabase(path, { migrations: before });
    rawSqlite(old)
      .prepare(
        "insert into audit_log (at, conference_id, entity, entity_id, action, after) values ('2021-05-19T01:00:00.000Z', null, 'nominee', 1, 'create', '{\"fullName\":\"Đinh Thị Thơm\"}')",
      )
      .run();
    await old.close();

    const store = await openDatabase(path);
    try {
      expect(rawSqlite(store).prepare('select operator, search from audit_log').all()).toEqual([
        { operator: '', search: '{"fullname":"dinh thi thom"}' },
      ]);
      expect(refused(rawSqlite(store), "update audit_log set operator = 'x'")).toThrow(/append-only/);
      expect(refused(rawSqlite(store), 'delete from audit_log')).toThrow(/append-only/);
    } finally {
      await store.close();
    }
  });
});

describe('what is not an award change', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('editing a nominee’s notes or presence left as it was adds no row', async () => {
    const core = await openCore({ dataDir: dir() });
    const world = await seedWorld(core);
    const id = world.ids[0] ?? 0;
    const nominee = await call(core, 'nominees.get', { id });
    const rows = (await auditRows(core)).length;
    await call(core, 'nominees.update', {
      id,
      revision: nominee.revision,
      kind: nominee.kind,
      honorific: nominee.honorific,
      fullName: nominee.fullName,
      unitName: nominee.unitName,
      awardFormId: nominee.awardFormId,
      status: nominee.status,
      notes: 'Đã bổ sung hồ sơ',
    });
    await call(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(core, [id]),
      set: { status: nominee.status },
    });
    const member = (await call(core, 'council.list', { conferenceId: world.conferenceId })).members[0];
    await call(core, 'council.setPresence', { id: member?.id ?? 0, presence: 'present' });
    expect(await auditRows(core)).toHaveLength(rows);
  });
});
