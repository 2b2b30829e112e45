import { describe, expect, it } from 'vitest';
import { call, useCores, useTempDir, nomineeItems } from '../helpers';
import { execute } from '../db-access';
import { createRegister } from '../decisions/seed';
import { auditRows, OPERATOR, seedWorld } from './seed';

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
    const store = core.context.store;
    await expect(execute(store, "update audit_log set operator = 'Người khác'")).rejects.toThrow(
      /append-only/,
    );
    await expect(execute(store, "update audit_log set after = '{}'")).rejects.toThrow(/append-only/);
    await expect(execute(store, 'delete from audit_log')).rejects.toThrow(/append-only/);
    expect((await auditRows(core)).map((r) => r.operator)).toEqual([OPERATOR]);
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
