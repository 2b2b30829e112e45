import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { AppEvent } from '../../src/shared/api/events';
import { PROXY_NAME_REQUIRED } from '../../src/shared/projector';
import { addNominees, type SeedNominee } from '../decisions/seed';
import { call, callError, conferenceInput, useCores, useTempDir, nomineeItems } from '../helpers';
import { presetRules, seatCouncil } from '../voting/seed';

const HONOREES: SeedNominee[] = [
  {
    fullName: 'Đinh Thị Thơm',
    position: 'Bí thư chi bộ',
    unitName: 'Xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'duoc_duyet',
  },
  { fullName: 'Phạm Văn Hải', unitName: 'Dân quân tự vệ', form: 'Bằng khen', status: 'duoc_duyet' },
  { fullName: 'Lê Thị Kim Liên', unitName: 'Văn phòng Thị ủy', form: 'Giấy khen', status: 'duoc_duyet' },
  { kind: 'tap_the', fullName: 'Chi bộ Khối dân', form: 'Bằng khen', status: 'duoc_duyet' },
  { fullName: 'Trần Văn Đề Nghị', form: 'Bằng khen', status: 'de_nghi' },
  { fullName: 'Hoàng Thị Không Hình Thức', status: 'duoc_duyet' },
  { fullName: 'Võ Văn Sẽ Xóa', form: 'Bằng khen', status: 'duoc_duyet' },
  { fullName: 'Ngô Thị Cuối', form: 'Giấy khen', status: 'duoc_duyet' },
];

async function seed(core: Core) {
  const conference = await call(
    core,
    'conferences.create',
    conferenceInput({ organiser: 'Ban Thường vụ Thị ủy Kỳ Anh' }),
  );
  const ids = await addNominees(core, conference.id, HONOREES);
  await call(core, 'nominees.delete', { items: await nomineeItems(core, [ids[6] ?? 0]) });
  return { conferenceId: conference.id, ids };
}

const names = (batch: { honorees: { fullName: string }[] } | null) => batch?.honorees.map((h) => h.fullName);

async function addAgendaItem(
  core: Core,
  conferenceId: number,
  position: number,
  title: string,
  times: { start?: string; end?: string } = {},
) {
  const now = new Date().toISOString();
  await core.context.store.db
    .insertInto('agenda_items')
    .values({
      conference_id: conferenceId,
      position,
      title,
      kind: 'bao_cao',
      presenter: 'Nguyễn Văn Khánh',
      presenter_title: 'Bí thư Thị ủy',
      duration_minutes: 30,
      notes: '',
      actual_start: times.start ?? null,
      actual_end: times.end ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('projector and ceremony', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('lists only approved, not deleted honorees with a form, highest form first, collectives first', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seed(core);
    const list = await call(core, 'ceremony.list', { conferenceId });
    expect(list.batchSize).toBe(10);
    expect(list.batches.map((b) => [b.awardFormName, b.kind, names(b)])).toEqual([
      ['Bằng khen', 'tap_the', ['Chi bộ Khối dân']],
      ['Bằng khen', 'ca_nhan', ['Phạm Văn Hải']],
      ['Giấy khen', 'ca_nhan', ['Đinh Thị Thơm', 'Lê Thị Kim Liên', 'Ngô Thị Cuối']],
    ]);
    expect(list.batches[2]?.honorees[0]).toMatchObject({ position: 'Bí thư chi bộ', unitName: 'Xã Kỳ Hoa' });
    expect(list.counts).toEqual({ total: 5, received: 0, absent: 0, proxy: 0, pending: 5 });
  });

  it('walks agenda → batches → agenda with next/previous, using the batch size shown', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seed(core);
    const events: AppEvent[] = [];
    core.events.subscribe((e) => events.push(e));

    let content = await call(core, 'projector.show', { conferenceId, screen: 'ceremony', batchSize: 2 });
    expect(names(content.batch)).toEqual(['Chi bộ Khối dân']);
    expect(content.batchCount).toBe(4);
    await call(core, 'projector.next', { conferenceId });
    content = await call(core, 'projector.next', { conferenceId });
    expect(names(content.batch)).toEqual(['Đinh Thị Thơm', 'Lê Thị Kim Liên']);
    content = await call(core, 'projector.next', { conferenceId });
    expect(names(content.batch)).toEqual(['Ngô Thị Cuối']);
    expect(content.batch?.part).toBe(2);
    content = await call(core, 'projector.next', { conferenceId });
    expect(content.setting.batchIndex).toBe(3);
    for (let i = 0; i < 4; i++) content = await call(core, 'projector.previous', { conferenceId });
    expect(content.setting.screen).toBe('agenda');
    expect(content.batch).toBeNull();
    content = await call(core, 'projector.previous', { conferenceId });
    expect(content.setting.screen).toBe('agenda');
    expect(events.filter((e) => e.type === 'projector.changed')).toHaveLength(10);
    // The ceremony page groups like the projector does.
    expect((await call(core, 'ceremony.list', { conferenceId })).batches).toHaveLength(4);
  });

  it('keeps the screen across a restart', async () => {
    const first = await openCore({ dataDir: dir() });
    const { conferenceId } = await seed(first);
    expect((await call(first, 'projector.state', { conferenceId })).setting.screen).toBe('logo');
    await call(first, 'projector.show', { conferenceId, screen: 'ceremony', batchSize: 1, batchIndex: 2 });
    await first.close();

    const second = await openCore({ dataDir: dir() });
    const content = await call(second, 'projector.state', { conferenceId });
    expect(content.setting).toEqual({
      screen: 'ceremony',
      batchSize: 1,
      batchIndex: 2,
      pollId: null,
      pollPage: 0,
    });
    expect(names(content.batch)).toEqual(['Đinh Thị Thơm']);
  });

  it('shows the running agenda item, else the next planned one, else nothing (the title card)', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seed(core);
    let content = await call(core, 'projector.show', { conferenceId, screen: 'agenda' });
    expect(content.agenda).toBeNull();
    expect(content.conference).toMatchObject({
      title: 'Hội nghị tổng kết công tác năm 2023',
      organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    });

    await addAgendaItem(core, conferenceId, 1, 'Khai mạc', {
      start: '2023-12-20T01:00:00.000Z',
      end: '2023-12-20T01:10:00.000Z',
    });
    await addAgendaItem(core, conferenceId, 3, 'Tham luận');
    await addAgendaItem(core, conferenceId, 2, 'Báo cáo tổng kết');
    content = await call(core, 'projector.state', { conferenceId });
    expect(content.agenda).toMatchObject({
      title: 'Báo cáo tổng kết',
      state: 'next',
      actualStart: null,
      durationMinutes: 30,
    });

    await core.context.store.db
      .updateTable('agenda_items')
      .set({ actual_start: '2023-12-20T01:10:00.000Z' })
      .where('title', '=', 'Tham luận')
      .execute();
    content = await call(core, 'projector.state', { conferenceId });
    expect(content.agenda).toEqual({
      title: 'Tham luận',
      kind: 'bao_cao',
      presenter: 'Nguyễn Văn Khánh',
      presenterTitle: 'Bí thư Thị ủy',
      durationMinutes: 30,
      actualStart: '2023-12-20T01:10:00.000Z',
      state: 'running',
    });
  });

  it('records received, absent and proxy, requires the proxy name, and clears', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids } = await seed(core);
    const [thom = 0, hai = 0, lien = 0, , deNghi = 0, , deleted = 0] = ids;

    const error = await callError(core, 'ceremony.record', {
      nomineeId: hai,
      status: 'proxy',
      proxyName: ' ',
    });
    expect(error).toMatchObject({ code: 'VALIDATION', message: PROXY_NAME_REQUIRED });
    expect(error.details?.fields).toEqual([{ path: 'proxyName', key: 'required' }]);

    await call(core, 'ceremony.record', { nomineeId: thom, status: 'received' });
    await call(core, 'ceremony.record', { nomineeId: lien, status: 'absent' });
    const proxy = await call(core, 'ceremony.record', {
      nomineeId: hai,
      status: 'proxy',
      proxyName: 'Phạm Thị Hà',
    });
    expect(proxy).toMatchObject({ status: 'proxy', proxyName: 'Phạm Thị Hà' });
    // A second record replaces the first (one row per honoree).
    await call(core, 'ceremony.record', { nomineeId: lien, status: 'received' });

    expect((await callError(core, 'ceremony.record', { nomineeId: deNghi, status: 'received' })).code).toBe(
      'CONFLICT',
    );
    expect((await callError(core, 'ceremony.record', { nomineeId: deleted, status: 'received' })).code).toBe(
      'NOT_FOUND',
    );

    let list = await call(core, 'ceremony.list', { conferenceId });
    expect(list.counts).toEqual({ total: 5, received: 2, absent: 0, proxy: 1, pending: 2 });
    expect(list.records.find((r) => r.nomineeId === hai)).toMatchObject({
      status: 'proxy',
      proxyName: 'Phạm Thị Hà',
    });

    expect(await call(core, 'ceremony.clear', { nomineeId: thom })).toEqual({ cleared: true });
    expect(await call(core, 'ceremony.clear', { nomineeId: thom })).toEqual({ cleared: false });
    list = await call(core, 'ceremony.list', { conferenceId });
    expect(list.counts).toMatchObject({ received: 1, pending: 3 });
  });

  it('shows only a closed poll of the conference', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids } = await seed(core);
    await seatCouncil(core, conferenceId, 3, 3);
    const rule = await presetRules(core);
    const poll = await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét Bằng khen',
      ruleId: rule('Từ 70% số thành viên dự họp'),
      nomineeIds: [ids[4] ?? 0],
    });
    expect(
      (await callError(core, 'projector.show', { conferenceId, screen: 'poll', pollId: poll.id })).code,
    ).toBe('CONFLICT');

    const voting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: poll.revision,
      state: 'voting',
    });
    const counting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: voting.revision,
      state: 'counting',
    });
    const counted = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: counting.revision,
      counts: {
        ballotsIssued: 3,
        ballotsReturned: 3,
        valid: 3,
        invalid: 0,
        votes: [{ nomineeId: ids[4] ?? 0, agree: 3, disagree: 0, abstain: 0 }],
      },
    });
    await call(core, 'polls.close', { id: poll.id, revision: counted.revision });
    const content = await call(core, 'projector.show', { conferenceId, screen: 'poll', pollId: poll.id });
    expect(content.poll?.title).toBe('Bình xét Bằng khen');
    expect(content.poll?.tally?.results[0]?.verdict).toBe('passed');

    const other = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị khác' }));
    expect(
      (await callError(core, 'projector.show', { conferenceId: other.id, screen: 'poll', pollId: poll.id }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('answers opened: false without a shell, and asks the shell when there is one', async () => {
    const plain = await openCore({ dataDir: dir() });
    expect(await call(plain, 'projector.openWindow', {})).toEqual({ opened: false });
    await plain.close();
    let asked = 0;
    const desktop = await openCore({
      dataDir: dir(),
      shell: {
        openProjectorWindow: () => {
          asked++;
          return Promise.resolve();
        },
      },
    });
    expect(await call(desktop, 'projector.openWindow', {})).toEqual({ opened: true });
    expect(asked).toBe(1);
  });
});
