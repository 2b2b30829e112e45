import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { StatTable } from '../../src/shared/statistics';
import { call, callError, useCores, useTempDir, nomineeItems } from '../helpers';
import { addNominees, CURRENT_TITLE, EARLIER_TITLE, seedTwoConferences } from './seed';

/** A table as [label, count, compared] triples, which is what a reader of the page checks. */
const rows = (table: StatTable) => table.lines.map((l) => [l.label, l.count, l.compareCount]);

describe('statistics.get', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function seeded() {
    const core = await openCore({ dataDir: dir() });
    return { core, ...(await seedTwoConferences(core)) };
  }

  it('counts the approved honorees by kind, form and unit, and every nominee by status', async () => {
    const { core, current } = await seeded();
    const stats = await call(core, 'statistics.get', { conferenceId: current });
    expect(stats.conferenceTitle).toBe(CURRENT_TITLE);
    expect(stats.compareTitle).toBeNull();
    expect(stats.countedStatuses).toEqual(['duoc_duyet']);
    expect(stats.compareCountedStatuses).toBeNull();

    expect(rows(stats.byKind)).toEqual([
      ['Tập thể', 1, null],
      ['Cá nhân', 4, null],
      ['Hộ gia đình', 1, null],
    ]);
    expect(stats.byKind.total).toBe(6);
    expect(stats.byKind.compareTotal).toBeNull();

    // Highest rank first; Giấy chứng nhận and Giấy khen share rank 700 and go by name.
    expect(rows(stats.byAwardForm)).toEqual([
      ['Bằng khen', 1, null],
      ['Giấy chứng nhận', 1, null],
      ['Giấy khen', 2, null],
      ['Giấy biểu dương', 1, null],
      ['Chưa chọn hình thức', 1, null],
    ]);
    expect(stats.byAwardForm.lines.at(-1)?.key).toBe('none');

    // Vietnamese order: D before Đ, and Ủy (a u) before Văn, unlike code point order.
    expect(rows(stats.byUnit)).toEqual([
      ['Chi bộ Khối dân', 1, null],
      ['Dân quân tự vệ', 1, null],
      ['Đảng bộ xã Kỳ Hoa', 1, null],
      ['Ủy ban nhân dân phường Sông Trí', 1, null],
      ['Văn phòng Thị ủy', 1, null],
      ['Chưa rõ đơn vị', 1, null],
    ]);
    expect(stats.byUnit.total).toBe(6);

    // The deleted approved nominee is nowhere, not even in the status table.
    expect(rows(stats.byStatus)).toEqual([
      ['Đề nghị', 1, null],
      ['Được duyệt', 6, null],
      ['Không được duyệt', 1, null],
      ['Rút', 1, null],
    ]);
    expect(stats.byStatus.lines.map((l) => l.key)).toEqual([
      'de_nghi',
      'duoc_duyet',
      'khong_duoc_duyet',
      'rut',
    ]);
    expect(stats.byStatus.total).toBe(9);
  });

  it('puts an earlier conference beside, counted by its own rule, with zero where it has none', async () => {
    const { core, current, earlier } = await seeded();
    const stats = await call(core, 'statistics.get', { conferenceId: current, compareWithId: earlier });
    expect(stats.compareWithId).toBe(earlier);
    expect(stats.compareTitle).toBe(EARLIER_TITLE);
    expect(stats.countedStatuses).toEqual(['duoc_duyet']);
    expect(stats.compareCountedStatuses).toEqual(['de_nghi', 'duoc_duyet']);

    expect(rows(stats.byKind)).toEqual([
      ['Tập thể', 1, 1],
      ['Cá nhân', 4, 2],
      ['Hộ gia đình', 1, 0],
    ]);
    expect([stats.byKind.total, stats.byKind.compareTotal]).toEqual([6, 3]);
    // Thư khen is only in the earlier conference; it still takes its place by rank.
    expect(rows(stats.byAwardForm)).toEqual([
      ['Bằng khen', 1, 1],
      ['Giấy chứng nhận', 1, 0],
      ['Giấy khen', 2, 1],
      ['Thư khen', 0, 1],
      ['Giấy biểu dương', 1, 0],
      ['Chưa chọn hình thức', 1, 0],
    ]);
    // Đảng bộ Công an thị xã has only a withdrawn nominee in 2023: not an honoree, no line.
    expect(rows(stats.byUnit)).toEqual([
      ['Chi bộ Khối dân', 1, 1],
      ['Dân quân tự vệ', 1, 0],
      ['Đảng bộ xã Kỳ Hoa', 1, 2],
      ['Ủy ban nhân dân phường Sông Trí', 1, 0],
      ['Văn phòng Thị ủy', 1, 0],
      ['Chưa rõ đơn vị', 1, 0],
    ]);
    expect(rows(stats.byStatus)).toEqual([
      ['Đề nghị', 1, 3],
      ['Được duyệt', 6, 0],
      ['Không được duyệt', 1, 1],
      ['Rút', 1, 1],
    ]);
    expect([stats.byStatus.total, stats.byStatus.compareTotal]).toEqual([9, 5]);

    const reverse = await call(core, 'statistics.get', { conferenceId: earlier, compareWithId: current });
    expect(reverse.countedStatuses).toEqual(['de_nghi', 'duoc_duyet']);
    expect(reverse.compareCountedStatuses).toEqual(['duoc_duyet']);
    expect(rows(reverse.byKind)).toEqual([
      ['Tập thể', 1, 1],
      ['Cá nhân', 2, 4],
      ['Hộ gia đình', 0, 1],
    ]);
  });

  it('counts every standing proposal until someone is approved, then only the approved', async () => {
    const { core, earlier } = await seeded();
    const before = await call(core, 'statistics.get', { conferenceId: earlier });
    expect(before.countedStatuses).toEqual(['de_nghi', 'duoc_duyet']);
    expect(before.byKind.total).toBe(3);

    const page = await call(core, 'nominees.list', { conferenceId: earlier, search: 'Hoàng Văn Nam' });
    const ids = page.rows.map((r) => r.id);
    expect(ids).toHaveLength(1);
    await call(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(core, ids),
      set: { status: 'duoc_duyet' },
    });

    const after = await call(core, 'statistics.get', { conferenceId: earlier });
    expect(after.countedStatuses).toEqual(['duoc_duyet']);
    expect(rows(after.byKind)).toEqual([['Cá nhân', 1, null]]);
    expect(rows(after.byAwardForm)).toEqual([['Thư khen', 1, null]]);
    expect(after.byStatus.total).toBe(5);

    // Deleting the only approved one goes back to counting proposals.
    await call(core, 'nominees.delete', { items: await nomineeItems(core, ids) });
    const deleted = await call(core, 'statistics.get', { conferenceId: earlier });
    expect(deleted.countedStatuses).toEqual(['de_nghi', 'duoc_duyet']);
    expect(deleted.byKind.total).toBe(2);
  });

  it('gives empty tables for a conference without nominees, and zeros beside a compared one', async () => {
    const core = await openCore({ dataDir: dir() });
    const empty = await call(core, 'conferences.create', {
      title: 'Hội nghị trống',
      kind: 'khac',
      startsAt: '2025-01-02',
    });
    const stats = await call(core, 'statistics.get', { conferenceId: empty.id });
    for (const table of [stats.byKind, stats.byAwardForm, stats.byUnit, stats.byStatus]) {
      expect(table).toEqual({ lines: [], total: 0, compareTotal: null });
    }
    const other = await call(core, 'conferences.create', {
      title: 'Hội nghị khác',
      kind: 'khac',
      startsAt: '2024-01-02',
    });
    await addNominees(core, other.id, [{ kind: 'ca_nhan', fullName: 'Đinh Thị Thơm', unitName: '' }]);
    const beside = await call(core, 'statistics.get', { conferenceId: empty.id, compareWithId: other.id });
    expect(rows(beside.byKind)).toEqual([['Cá nhân', 0, 1]]);
    expect(rows(beside.byUnit)).toEqual([['Chưa rõ đơn vị', 0, 1]]);
    expect([beside.byKind.total, beside.byKind.compareTotal]).toEqual([0, 1]);
  });

  it('refuses unknown conferences and comparing a conference with itself', async () => {
    const { core, current } = await seeded();
    expect((await callError(core, 'statistics.get', { conferenceId: 9999 })).code).toBe('NOT_FOUND');
    const compared = await callError(core, 'statistics.get', { conferenceId: current, compareWithId: 9999 });
    expect(compared.code).toBe('NOT_FOUND');
    expect(compared.message).toContain('hội nghị so sánh');
    const self = await callError(core, 'statistics.get', { conferenceId: current, compareWithId: current });
    expect(self.code).toBe('VALIDATION');
    expect(self.message).toBe('Hãy chọn một hội nghị khác để so sánh, không phải chính hội nghị này.');
    expect(self.details).toEqual({ fields: [{ path: 'compareWithId', key: 'invalid' }] });
    expect((await callError(core, 'exports.statistics', { conferenceId: 9999 })).code).toBe('NOT_FOUND');
    expect(
      (await callError(core, 'exports.statistics', { conferenceId: current, compareWithId: current })).code,
    ).toBe('VALIDATION');
  });

  it('writes no file for a conference without nominees', async () => {
    const core: Core = await openCore({ dataDir: dir() });
    const empty = await call(core, 'conferences.create', {
      title: 'Hội nghị trống',
      kind: 'khac',
      startsAt: '2025-01-02',
    });
    await addNominees(core, empty.id, [{ kind: 'ca_nhan', fullName: 'Đã xóa', deleted: true }]);
    const error = await callError(core, 'exports.statistics', { conferenceId: empty.id });
    expect(error.code).toBe('EMPTY_SELECTION');
    expect(error.message).toContain('chưa tạo tệp');
    expect(() => readdirSync(core.context.exportsDir)).toThrow();
  });
});
