import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { StatTable } from '../../src/shared/statistics';
import { KY_ANH_XLSX } from '../fixtures';
import { call, nomineeItems, useCores, useTempDir } from '../helpers';

const rows = (table: StatTable) => table.lines.map((l) => [l.label, l.count]);
const countOf = (table: StatTable, label: string) => table.lines.find((l) => l.label === label)?.count;

/** The Kỳ Anh list (23 collectives with no unit column, 31 individuals), every row approved. */
async function kyAnh(core: Core): Promise<number> {
  const { id } = await call(core, 'conferences.create', {
    title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
    kind: 'so_ket',
    startsAt: '2021-05-19',
  });
  const preview = await call(core, 'imports.open', {
    conferenceId: id,
    fileName: 'ky-anh.xlsx',
    contentBase64: readFileSync(KY_ANH_XLSX).toString('base64'),
  });
  await call(core, 'imports.commit', { importId: preview.importId, rememberMapping: false });
  const all = (await call(core, 'nominees.list', { conferenceId: id, limit: 500 })).rows;
  await call(core, 'nominees.bulkUpdate', {
    items: await nomineeItems(
      core,
      all.map((n) => n.id),
    ),
    set: { status: 'duoc_duyet' },
  });
  return id;
}

describe('statistics by unit: a collective is its own unit', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('counts the Kỳ Anh collectives under the unit of their own name, never as "Chưa rõ đơn vị"', async () => {
    const core = await openCore({ dataDir: join(dir(), 'data'), exportsDir: join(dir(), 'out') });
    const conferenceId = await kyAnh(core);
    const stats = await call(core, 'statistics.get', { conferenceId });
    expect(stats.byUnit.total).toBe(54);
    expect(stats.byUnit.lines.map((l) => l.key)).not.toContain('none');
    // Honoured itself and through two of its members.
    expect(countOf(stats.byUnit, 'Đảng bộ Công an thị xã')).toBe(3);
    // Itself and five members.
    expect(countOf(stats.byUnit, 'Chi bộ Khối dân')).toBe(6);
    // A collective no individual belongs to is a line of its own.
    expect(countOf(stats.byUnit, 'Chi bộ thôn 1 xã Sông Trí')).toBe(1);
    // No line is named twice, and none is larger than the unit with the most honorees.
    const labels = stats.byUnit.lines.map((l) => l.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(Math.max(...stats.byUnit.lines.map((l) => l.count))).toBe(6);

    // The exported statistics show the same lines.
    const file = await call(core, 'exports.statistics', { conferenceId, compareWithId: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    const sheet = workbook.worksheets[0];
    const exported = new Map<string, unknown>();
    sheet?.eachRow((row) => exported.set(String(row.getCell(1).value), row.getCell(2).value));
    for (const [label, count] of rows(stats.byUnit)) expect(exported.get(String(label))).toBe(count);
    expect(exported.has('Chưa rõ đơn vị')).toBe(false);
  });

  it('counts a collective with a unit under that unit, and only people and households without one as unknown', async () => {
    const core = await openCore({ dataDir: join(dir(), 'data') });
    const { id: conferenceId } = await call(core, 'conferences.create', {
      title: 'Hội nghị tổng kết năm 2024',
      kind: 'tong_ket',
      startsAt: '2024-12-19',
    });
    const add = (kind: 'tap_the' | 'ca_nhan' | 'ho_gia_dinh', fullName: string, unitName: string) =>
      call(core, 'nominees.create', { conferenceId, kind, fullName, unitName, status: 'duoc_duyet' });
    await add('tap_the', 'Chi bộ thôn 3', 'Đảng bộ xã Kỳ Hoa');
    await add('ca_nhan', 'Nguyễn Văn Mến', 'Đảng bộ xã Kỳ Hoa');
    // Written in other capitals and spacing: still the same unit.
    await add('tap_the', 'ĐẢNG BỘ  XÃ KỲ HOA', '');
    await add('tap_the', 'Hội Nông dân xã Kỳ Hà', '');
    await add('ca_nhan', 'Lê Văn Tám', '');
    await add('ho_gia_dinh', 'Hộ ông Lê Văn Hải', '');
    const stats = await call(core, 'statistics.get', { conferenceId });
    expect(rows(stats.byUnit)).toEqual([
      ['Đảng bộ xã Kỳ Hoa', 3],
      ['Hội Nông dân xã Kỳ Hà', 1],
      ['Chưa rõ đơn vị', 2],
    ]);
  });
});
