import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Store } from '../../src/main/db/store';
import { queryRows } from '../db-access';
import type { AgendaItem, AgendaItemFields } from '../../src/shared/agenda';
import { STALE_RECORD } from '../../src/main/db/revision';
import type { Core } from '../../src/main/app/create-core';
import { pdfText, squeeze } from '../documents/poppler';
import { call, callError, conferenceInput, countRows, useCores, useTempDir, writtenBytes } from '../helpers';

const PROGRAMME: [AgendaItemFields, ...AgendaItemFields[]] = [
  {
    title: 'Tuyên bố lý do, giới thiệu đại biểu',
    kind: 'khai_mac',
    presenter: 'Đinh Thị Thơm',
    durationMinutes: 10,
  },
  {
    title: 'Báo cáo sơ kết 5 năm thực hiện Chỉ thị 05',
    kind: 'bao_cao',
    presenter: 'Nguyễn Văn Hải',
    presenterTitle: 'Phó Bí thư Thường trực Thị ủy',
    durationMinutes: 30,
  },
  { title: 'Tham luận của Đảng bộ xã Kỳ Hoa', kind: 'tham_luan', durationMinutes: 15 },
  { title: 'Bế mạc', kind: 'be_mac', durationMinutes: 5 },
];

/** The rule the projector reads straight from the table: started and not ended. */
async function currentInTable(store: Store, conferenceId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    store,
    sql`select id from agenda_items where conference_id = ${conferenceId}
      and actual_start is not null and actual_end is null`,
  );
  return rows.map((r) => r.id);
}

describe('agenda', () => {
  const dir = useTempDir();
  const openCore = useCores();

  /** A core whose clock the test moves by hand. */
  async function setUp(startsAt = '2021-05-19T07:30', items: AgendaItemFields[] = PROGRAMME) {
    let clock = Date.parse('2021-05-19T00:30:00Z');
    const core = await openCore({ dataDir: dir(), now: () => new Date(clock) });
    const conference = await call(
      core,
      'conferences.create',
      conferenceInput({
        startsAt,
        venue: 'Hội trường Thị ủy',
        placeName: 'Kỳ Anh',
        organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
      }),
    );
    const ids: number[] = [];
    for (const fields of items)
      ids.push((await call(core, 'agenda.create', { conferenceId: conference.id, ...fields })).id);
    const tick = (minutes: number) => {
      clock += minutes * 60_000;
      return new Date(clock).toISOString();
    };
    return { core, conferenceId: conference.id, ids, tick, now: () => new Date(clock).toISOString() };
  }

  const list = (core: Core, conferenceId: number) => call(core, 'agenda.list', { conferenceId });

  /** What the edit form sends back of an item it read. */
  const editable = ({ id, title, kind, presenter, presenterTitle, durationMinutes, notes }: AgendaItem) => ({
    id,
    title,
    kind,
    presenter,
    presenterTitle,
    durationMinutes,
    notes,
  });

  it('times each item from the conference start and estimates the end', async () => {
    const { core, conferenceId } = await setUp();
    const agenda = await list(core, conferenceId);
    expect(agenda).toMatchObject({ startMinute: 450, startAssumed: false, totalMinutes: 60, endMinute: 510 });
    expect(agenda.items.map((i) => [i.position, i.plannedStartMinute, i.plannedEndMinute])).toEqual([
      [1, 450, 460],
      [2, 460, 490],
      [3, 490, 505],
      [4, 505, 510],
    ]);
    expect(agenda.run).toEqual({ state: 'idle', currentId: null });
  });

  it('assumes 07:30 and says so when the conference gives only its day', async () => {
    const { core, conferenceId } = await setUp('2021-05-19');
    expect(await list(core, conferenceId)).toMatchObject({
      startMinute: 450,
      startAssumed: true,
      endMinute: 510,
    });
  });

  it('refuses durations that are not positive whole minutes and writes nothing', async () => {
    const { core, conferenceId, ids } = await setUp();
    const file = core.context.store;
    const before = await countRows(file, 'agenda_items');
    for (const durationMinutes of [0, -5, 2.5]) {
      const created = await callError(core, 'agenda.create', {
        conferenceId,
        ...PROGRAMME[0],
        durationMinutes,
      });
      expect(created.code).toBe('VALIDATION');
      expect(created.message).toContain('Thời lượng phải là số phút nguyên dương');
      expect(created.details?.fields).toEqual([{ path: 'durationMinutes', key: 'positiveMinutes' }]);
      const updated = await callError(core, 'agenda.update', {
        id: ids[0],
        revision: 1,
        ...PROGRAMME[0],
        durationMinutes,
      });
      expect(updated.code).toBe('VALIDATION');
    }
    expect(await countRows(file, 'agenda_items')).toBe(before);
    expect((await list(core, conferenceId)).items[0]?.durationMinutes).toBe(10);
  });

  it('reorders in one step and moves the planned times with the items', async () => {
    const { core, conferenceId, ids } = await setUp();
    const [a, b, c, d] = ids as [number, number, number, number];
    const reordered = await call(core, 'agenda.reorder', { conferenceId, ids: [a, c, b, d] });
    expect(reordered.items.map((i) => i.id)).toEqual([a, c, b, d]);
    expect(reordered.items.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect(reordered.items.map((i) => i.plannedStartMinute)).toEqual([450, 460, 475, 505]);
    expect((await list(core, conferenceId)).items.map((i) => i.id)).toEqual([a, c, b, d]);
  });

  it('refuses a reorder that misses, repeats or adds an item, and keeps the order', async () => {
    const { core, conferenceId, ids } = await setUp();
    const other = await setUpOther(core);
    for (const bad of [ids.slice(1), [...ids.slice(0, 3), other], [...ids].reverse().concat(other)]) {
      const error = await callError(core, 'agenda.reorder', { conferenceId, ids: bad });
      expect(error.code).toBe('CONFLICT');
    }
    expect((await callError(core, 'agenda.reorder', { conferenceId, ids: [ids[0], ids[0]] })).code).toBe(
      'VALIDATION',
    );
    expect((await list(core, conferenceId)).items.map((i) => i.id)).toEqual(ids);
  });

  async function setUpOther(core: Core): Promise<number> {
    const other = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị khác' }));
    return (await call(core, 'agenda.create', { conferenceId: other.id, ...PROGRAMME[0] })).id;
  }

  it('deleting closes the gap; the running item cannot be deleted', async () => {
    const { core, conferenceId, ids } = await setUp();
    const read = await list(core, conferenceId);
    const second = read.items[1] as AgendaItem;
    expect(await call(core, 'agenda.delete', { id: second.id, revision: second.revision })).toEqual({
      deleted: 1,
    });
    const agenda = await list(core, conferenceId);
    expect(agenda.items.map((i) => [i.id, i.position])).toEqual([
      [ids[0], 1],
      [ids[2], 2],
      [ids[3], 3],
    ]);
    await call(core, 'agenda.start', { conferenceId });
    const first = (await list(core, conferenceId)).items[0] as AgendaItem;
    const error = await callError(core, 'agenda.delete', { id: first.id, revision: first.revision });
    expect(error.code).toBe('INVALID_STATE');
  });

  it('refuses a save from a window that read the item before another window changed it', async () => {
    const { core, conferenceId } = await setUp();
    const read = (await list(core, conferenceId)).items[1] as AgendaItem;
    const other = await call(core, 'agenda.update', {
      ...editable(read),
      revision: read.revision,
      presenter: 'Lê Văn Tám',
    });
    expect(other.revision).toBe(read.revision + 1);

    const stale = await callError(core, 'agenda.update', {
      ...editable(read),
      revision: read.revision,
      durationMinutes: 45,
    });
    expect(stale).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect((await callError(core, 'agenda.delete', { id: read.id, revision: read.revision })).code).toBe(
      'CONFLICT',
    );
    expect((await list(core, conferenceId)).items[1]).toMatchObject({
      presenter: 'Lê Văn Tám',
      durationMinutes: 30,
      revision: other.revision,
    });

    // Saved again on the latest copy, what the person typed wins.
    const saved = await call(core, 'agenda.update', {
      ...editable(other),
      revision: other.revision,
      durationMinutes: 45,
    });
    expect(saved).toMatchObject({ presenter: 'Lê Văn Tám', durationMinutes: 45 });
    expect((await list(core, conferenceId)).endMinute).toBe(525);
  });

  it('running the programme or moving items does not make an open edit stale', async () => {
    // The run records times and the order moves positions; neither is what the edit form holds,
    // so a dialog opened before the chair pressed "Bắt đầu" still saves.
    const { core, conferenceId, ids } = await setUp();
    const read = (await list(core, conferenceId)).items[0] as AgendaItem;
    await call(core, 'agenda.start', { conferenceId });
    await call(core, 'agenda.reorder', { conferenceId, ids: [...ids].reverse() });
    const saved = await call(core, 'agenda.update', {
      ...editable(read),
      revision: read.revision,
      title: 'Khai mạc hội nghị',
    });
    expect(saved).toMatchObject({ title: 'Khai mạc hội nghị', status: 'current', position: 4 });
  });

  it('refuses to start run mode without items, with a clear message', async () => {
    const { core, conferenceId } = await setUp('2021-05-19T07:30', []);
    const error = await callError(core, 'agenda.start', { conferenceId });
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain('chưa có mục nào');
    expect((await callError(core, 'agenda.programmePdf', { conferenceId })).code).toBe('EMPTY_SELECTION');
  });

  it('runs item by item, records real times and keeps one current item in the table', async () => {
    const { core, conferenceId, ids, tick } = await setUp();
    const file = core.context.store;
    const t0 = tick(0);
    let agenda = await call(core, 'agenda.start', { conferenceId });
    expect(agenda.run).toEqual({ state: 'running', currentId: ids[0] });
    expect(await currentInTable(file, conferenceId)).toEqual([ids[0]]);
    expect(agenda.items[0]).toMatchObject({ status: 'current', actualStart: t0, actualEnd: null });

    const t1 = tick(12);
    agenda = await call(core, 'agenda.next', { conferenceId });
    expect(agenda.items.slice(0, 2).map((i) => [i.status, i.actualStart, i.actualEnd])).toEqual([
      ['done', t0, t1],
      ['current', t1, null],
    ]);
    expect((await callError(core, 'agenda.start', { conferenceId })).code).toBe('INVALID_STATE');

    tick(1);
    agenda = await call(core, 'agenda.previous', { conferenceId });
    expect(agenda.run.currentId).toBe(ids[0]);
    expect(agenda.items[0]).toMatchObject({ actualStart: t0, actualEnd: null });
    expect(agenda.items[1]).toMatchObject({ actualStart: null, actualEnd: null, status: 'pending' });

    for (const minutes of [3, 30, 15]) {
      tick(minutes);
      await call(core, 'agenda.next', { conferenceId });
      expect(await currentInTable(file, conferenceId)).toHaveLength(1);
    }
    const tEnd = tick(6);
    agenda = await call(core, 'agenda.next', { conferenceId });
    expect(agenda.run).toEqual({ state: 'finished', currentId: null });
    expect(await currentInTable(file, conferenceId)).toEqual([]);
    expect(agenda.items.every((i) => i.status === 'done')).toBe(true);
    expect(agenda.items[3]?.actualEnd).toBe(tEnd);
    expect((await callError(core, 'agenda.next', { conferenceId })).code).toBe('INVALID_STATE');
    expect((await callError(core, 'agenda.start', { conferenceId })).message).toContain('đặt lại');

    agenda = await call(core, 'agenda.reset', { conferenceId });
    expect(agenda.run.state).toBe('idle');
    expect(agenda.items.every((i) => i.actualStart === null && i.actualEnd === null)).toBe(true);
  });

  it('finish ends run mode at the current item; items not reached keep no times', async () => {
    const { core, conferenceId, tick } = await setUp();
    await call(core, 'agenda.start', { conferenceId });
    tick(5);
    await call(core, 'agenda.next', { conferenceId });
    const tEnd = tick(40);
    const agenda = await call(core, 'agenda.finish', { conferenceId });
    expect(agenda.run.state).toBe('finished');
    expect(agenda.items.map((i) => i.status)).toEqual(['done', 'done', 'pending', 'pending']);
    expect(agenda.items[1]?.actualEnd).toBe(tEnd);
  });

  it('keeps the invariant when two steps arrive together', async () => {
    const { core, conferenceId } = await setUp();
    await call(core, 'agenda.start', { conferenceId });
    const results = await Promise.all([
      core.dispatch('agenda.next', { conferenceId }),
      core.dispatch('agenda.next', { conferenceId }),
      core.dispatch('agenda.start', { conferenceId }),
    ]);
    expect(results.filter((r) => r.ok).length).toBe(2);
    const agenda = await list(core, conferenceId);
    expect(agenda.items.filter((i) => i.status === 'current').map((i) => i.position)).toEqual([3]);
  });

  it('prints the programme with every row, its times and the heading', async () => {
    const { core, conferenceId } = await setUp();
    const file = await call(core, 'agenda.programmePdf', { conferenceId });
    expect(file.fileName).toBe('Chương trình - Hội nghị tổng kết công tác năm 2023.pdf');
    expect(file.rows).toBe(4);
    const text = squeeze(pdfText(writtenBytes(file)));
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      'CHƯƠNG TRÌNH HỘI NGHỊ',
      'Hội nghị tổng kết công tác năm 2023',
      'Thời gian: 07:30, ngày 19 tháng 5 năm 2021',
      'Địa điểm: Hội trường Thị ủy',
      'Thời gian Nội dung Người trình bày',
      '07:30 - 07:40',
      '07:40 - 08:10',
      'Báo cáo sơ kết 5 năm thực hiện Chỉ',
      'Phó Bí thư Thường trực Thị ủy',
      '08:25 - 08:30',
      'dự kiến kết thúc lúc 08:30',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('HỘI ĐỒNG THI ĐUA');
    const order = ['Tuyên bố lý do', 'Báo cáo sơ kết', 'Tham luận của', 'Bế mạc'].map((t) => text.indexOf(t));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});
