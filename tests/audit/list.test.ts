import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { localTimeText } from '../../src/shared/audit-format';
import { AUDIT_HEADERS } from '../../src/main/audit/xlsx';
import { call, callError, useCores, useTempDir, nomineeItems } from '../helpers';
import { createRegister } from '../decisions/seed';
import { OPERATOR } from './seed';

describe('viewing and exporting the audit log', () => {
  const dir = useTempDir();
  const openCore = useCores();

  /**
   * Two conferences and a register, changed by two operators over three days:
   * day 1 (01/03): Hoa creates a nominee in each conference and the register;
   * day 2 (02/03): Đức changes the register;
   * day 3 (03/03): Đức deletes the first conference's nominee.
   */
  async function setUp() {
    let clock = new Date('2026-03-01T03:00:00.000Z');
    const core = await openCore({ dataDir: dir(), now: () => clock });
    await call(core, 'settings.update', { operatorName: OPERATOR });
    const first = await call(core, 'conferences.create', {
      title: 'Hội nghị sơ kết',
      kind: 'so_ket',
      startsAt: '2026-03-01',
    });
    const second = await call(core, 'conferences.create', {
      title: 'Hội nghị tổng kết',
      kind: 'tong_ket',
      startsAt: '2026-03-01',
    });
    const thom = await call(core, 'nominees.create', {
      conferenceId: first.id,
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
    });
    await call(core, 'nominees.create', {
      conferenceId: second.id,
      kind: 'ca_nhan',
      fullName: '=HYPERLINK("http://x","Bấm")',
    });
    const register = await createRegister(core, 5);
    clock = new Date('2026-03-02T03:00:00.000Z');
    await call(core, 'settings.update', { operatorName: 'Trần Minh Đức' });
    await call(core, 'registers.update', {
      id: register.id,
      revision: register.revision,
      name: 'Sổ vàng 2026',
      prefix: '',
      suffix: '/KT',
      padding: 0,
      nextNumber: 9,
    });
    clock = new Date('2026-03-03T03:00:00.000Z');
    await call(core, 'nominees.delete', { items: await nomineeItems(core, [thom.id]) });
    return { core, first: first.id, second: second.id };
  }

  const list = (core: Core, filter: Record<string, unknown> = {}) => call(core, 'audit.list', filter);
  const kinds = (entries: { entity: string; action: string }[]) =>
    entries.map((e) => `${e.entity}.${e.action}`);

  it('lists newest first, with the operators for the filter', async () => {
    const { core } = await setUp();
    const page = await list(core);
    expect(page.total).toBe(5);
    expect(kinds(page.entries)).toEqual([
      'nominee.delete',
      'register.update',
      'register.create',
      'nominee.create',
      'nominee.create',
    ]);
    expect(page.operators).toEqual([OPERATOR, 'Trần Minh Đức'].sort());
    expect(page.entries[1]?.before).toMatchObject({ nextNumber: 5 });
  });

  it.each([
    [
      'conference',
      (ids: { first: number }) => ({ conferenceId: ids.first }),
      ['nominee.delete', 'nominee.create'],
    ],
    ['entity', () => ({ entity: 'register' }), ['register.update', 'register.create']],
    ['action', () => ({ action: 'delete' }), ['nominee.delete']],
    ['operator', () => ({ operator: 'Trần Minh Đức' }), ['nominee.delete', 'register.update']],
    ['operator without a name', () => ({ operator: '' }), []],
    // From the start of day 2 up to (not including) the start of day 3.
    [
      'time range',
      () => ({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }),
      ['register.update'],
    ],
    ['time from, with an offset', () => ({ from: '2026-03-03T09:00:00+07:00' }), ['nominee.delete']],
    ['text without accents', () => ({ text: 'dinh thi thom' }), ['nominee.delete', 'nominee.create']],
    ['text in the operator', () => ({ text: 'minh duc' }), ['nominee.delete', 'register.update']],
    [
      'several at once',
      (ids: { first: number }) => ({ conferenceId: ids.first, action: 'create' }),
      ['nominee.create'],
    ],
  ] as const)('filters by %s', async (_name, filter, expected) => {
    const { core, first, second } = await setUp();
    const page = await list(core, filter({ first, second } as never));
    expect(kinds(page.entries)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('pages: the total stays, each page holds its slice, past the end is empty', async () => {
    const { core } = await setUp();
    const all = (await list(core)).entries.map((e) => e.id);
    const one = await list(core, { page: 1, pageSize: 2 });
    const two = await list(core, { page: 2, pageSize: 2 });
    const three = await list(core, { page: 3, pageSize: 2 });
    const four = await list(core, { page: 4, pageSize: 2 });
    expect([one.total, two.total, three.total]).toEqual([5, 5, 5]);
    expect([...one.entries, ...two.entries, ...three.entries].map((e) => e.id)).toEqual(all);
    expect(three.entries).toHaveLength(1);
    expect(four.entries).toEqual([]);
    expect((await callError(core, 'audit.list', { pageSize: 201 })).code).toBe('VALIDATION');
    expect((await callError(core, 'audit.list', { from: '01/03/2026' })).code).toBe('VALIDATION');
  });

  it('exports the filtered rows to Excel with Vietnamese intact and no formula', async () => {
    const { core, second } = await setUp();
    const file = await call(core, 'audit.export', {});
    expect(file.rows).toBe(5);
    expect(file.fileName).toMatch(/^Nhật ký thay đổi - \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(Object.keys(file).sort()).toEqual(['fileName', 'handle', 'path', 'rows', 'size']);
    expect(file.size).toBe(readFileSync(file.path).length);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    const sheet = workbook.getWorksheet('Nhật ký thay đổi');
    if (!sheet) throw new Error('no sheet');
    const text = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
    expect(sheet.getRow(1).values).toEqual([undefined, ...AUDIT_HEADERS]);
    expect(sheet.rowCount).toBe(6);
    // Newest first: the deletion of Đinh Thị Thơm by Trần Minh Đức.
    expect(text(2, 1)).toBe(localTimeText('2026-03-03T03:00:00.000Z'));
    expect(text(2, 2)).toBe('Trần Minh Đức');
    expect(text(2, 3)).toBe('Đối tượng');
    expect(text(2, 4)).toBe('Xóa');
    expect(text(2, 5)).toBe('Đinh Thị Thơm');
    expect(String(text(2, 6))).toContain('Họ và tên: Đinh Thị Thơm');
    expect(String(text(2, 6))).toContain('Trạng thái: Đề nghị');
    expect(text(3, 4)).toBe('Sửa');
    expect(String(text(3, 6))).toContain('Số tiếp theo: 5');
    expect(String(text(3, 7))).toContain('Số tiếp theo: 9');
    expect(String(text(2, 5)).normalize('NFC')).toBe(text(2, 5));

    // A name that looks like a formula stays text.
    const hostile = await call(core, 'audit.export', { conferenceId: second });
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(hostile.path);
    const cell = again.getWorksheet('Nhật ký thay đổi')?.getRow(2).getCell(5);
    expect(hostile.rows).toBe(1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://x","Bấm")');
  });

  it('opens the log folder through the shell when it can, else gives the path', async () => {
    const opened: string[] = [];
    const desktop = await openCore({
      dataDir: dir(),
      shell: { openFolder: (path) => Promise.resolve(void opened.push(path)) },
    });
    const result = await call(desktop, 'logs.openFolder', {});
    expect(result).toEqual({ opened: true, path: join(dir(), 'logs') });
    expect(opened).toEqual([join(dir(), 'logs')]);
    await desktop.close();
    const web = await openCore({ dataDir: dir() });
    expect(await call(web, 'logs.openFolder', {})).toEqual({ opened: false, path: join(dir(), 'logs') });
  });
});
