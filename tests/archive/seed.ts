import type { Core } from '../../src/main/app/create-core';
import { solidPng } from '../certificates/seed';
import { addNominees, createDecision, createRegister } from '../decisions/seed';
import { call, conferenceInput, nomineeItems } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';

export const BACKGROUND = solidPng(64, [240, 220, 180]);
export const EMBLEM = solidPng(8, [200, 20, 20]);
export const LOCAL_FORM = 'Giấy khen của Ban Chấp hành Đoàn';

/**
 * A conference with something in every table it owns: nominees of all kinds with units and
 * forms (one form not in the shipped catalogue), a soft-deleted nominee, a closed poll with
 * ballots, a numbered decision, a printed certificate on a template of ours with images, the
 * conference-day tables and the remembered list options.
 */
export async function seedRichConference(core: Core, title = 'Hội nghị tổng kết Chỉ thị 05 năm 2021') {
  const { db } = core.context.store;
  const conference = await call(
    core,
    'conferences.create',
    conferenceInput({
      title,
      startsAt: '2021-05-19',
      endsAt: '2021-05-20',
      organiser: 'Thị ủy Kỳ Anh',
      notes: 'Tổ chức tại Hội trường Thị ủy',
      letterhead: 'party',
    }),
  );
  const localForm = await call(core, 'awards.create', {
    name: LOCAL_FORM,
    category: 'hinh_thuc',
    rank: 350,
    aliases: 'GK Đoàn',
    issuer: 'Thị đoàn Kỳ Anh',
  });
  const ids = await addNominees(core, conference.id, [
    {
      fullName: 'Đinh Thị Thơm',
      honorific: 'ba',
      gender: 'nu',
      birth: '1975',
      position: 'Bí thư Chi bộ',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      proposingUnitName: 'Đảng ủy Khối cơ quan',
      achievement:
        'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      form: 'Giấy khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'tap_the',
      fullName: 'Chi bộ Khối dân',
      unitName: 'Phường Sông Trí',
      form: 'Bằng khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'ho_gia_dinh',
      fullName: 'Hộ ông Trần Văn Đức',
      unitName: 'Thôn Tây Yên',
      form: 'Giấy biểu dương',
      status: 'duoc_duyet',
    },
    { fullName: 'Nguyễn Văn Mến', honorific: 'ong', unitName: 'Phường Sông Trí', status: 'khong_duoc_duyet' },
    { fullName: 'Lê Thị Kim Liên', honorific: 'ba', unitName: 'Văn phòng Thị ủy', status: 'de_nghi' },
  ]);
  const youth = await call(core, 'nominees.create', {
    conferenceId: conference.id,
    kind: 'ca_nhan',
    fullName: 'Phạm Văn Hải',
    unitName: 'Thị đoàn Kỳ Anh',
    awardFormId: localForm.id,
    status: 'duoc_duyet',
  });
  const removed = await call(core, 'nominees.create', {
    conferenceId: conference.id,
    kind: 'ca_nhan',
    fullName: 'Võ Thị Rút',
  });
  await call(core, 'nominees.delete', { items: await nomineeItems(core, [removed.id]) });

  await seatCouncil(core, conference.id, 3, 3);
  const rule = (await presetRules(core))('Quá bán tổng số thành viên');
  const [first, second] = ids as [number, number];
  const poll = await countingPoll(core, conference.id, [first, second], rule, 'Bình xét Giấy khen');
  await call(core, 'polls.addBallot', { id: poll.id, marks: { [first]: 'agree', [second]: 'agree' } });
  await call(core, 'polls.addBallot', { id: poll.id, marks: { [first]: 'agree', [second]: 'agree' } });
  const counted = await call(core, 'polls.addBallot', { id: poll.id, invalid: true });
  await call(core, 'polls.close', { id: poll.id, revision: counted.revision });

  const register = await createRegister(core, 125);
  const decision = await createDecision(core, conference.id, register.id);
  const awards = await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: [first, second, ids[2] as number, youth.id],
  });

  const shipped = (await call(core, 'templates.list', {})).find((t) => t.builtIn);
  if (!shipped) throw new Error('no shipped template');
  const copy = await call(core, 'templates.copy', {
    id: shipped.id,
    name: 'Giấy khen Thị ủy (phôi in sẵn)',
  });
  const withBackground = await call(core, 'templates.setImage', {
    id: copy.id,
    revision: copy.revision,
    slot: 'background',
    contentBase64: BACKGROUND.toString('base64'),
  });
  const template = await call(core, 'templates.setImage', {
    id: copy.id,
    revision: withBackground.revision,
    slot: 'emblem',
    contentBase64: EMBLEM.toString('base64'),
  });
  const at = '2021-05-19T08:00:00.000Z';
  // Printing runs in a worker; the record it leaves is what the archive carries.
  await db
    .insertInto('certificate_prints')
    .values(
      awards.map((a) => ({
        award_id: a.id,
        template_id: template.id,
        template_version: 2,
        job_id: 'job-1',
        printed_at: at,
      })),
    )
    .execute();
  await db
    .insertInto('certificate_prints')
    .values({
      award_id: awards[0]?.id ?? 0,
      template_id: shipped.id,
      template_version: 1,
      job_id: 'job-0',
      printed_at: at,
    })
    .execute();

  await db
    .insertInto('agenda_items')
    .values([
      {
        conference_id: conference.id,
        position: 1,
        title: 'Khai mạc hội nghị',
        kind: 'khai_mac',
        presenter: 'Đồng chí Bí thư',
        presenter_title: '',
        duration_minutes: 10,
        notes: '',
        actual_start: at,
        actual_end: null,
        created_at: at,
        updated_at: at,
      },
      {
        conference_id: conference.id,
        position: 2,
        title: 'Khen thưởng',
        kind: 'khen_thuong',
        presenter: '',
        presenter_title: '',
        duration_minutes: 30,
        notes: 'Bằng khen trước',
        actual_start: null,
        actual_end: null,
        created_at: at,
        updated_at: at,
      },
    ])
    .execute();
  await db
    .insertInto('delegates')
    .values([
      {
        conference_id: conference.id,
        honorific: 'ong',
        full_name: 'Hoàng Văn Bình',
        title: 'Bí thư',
        unit_name: 'Thị ủy',
        group_name: 'Đại biểu khách mời',
        seat: 'A1',
        badge: '001',
        notes: '',
        source_file: '',
        source_row: null,
        search_folded: 'hoang van binh',
        name_sort: 'binh',
        checked_in_at: at,
        deleted_at: null,
        created_at: at,
        updated_at: at,
      },
      {
        conference_id: conference.id,
        honorific: 'ba',
        full_name: 'Trần Thị Hoa',
        title: '',
        unit_name: 'Phường Sông Trí',
        group_name: '',
        seat: '',
        badge: '',
        notes: '',
        source_file: 'dai-bieu.xlsx',
        source_row: 5,
        search_folded: 'tran thi hoa',
        name_sort: 'hoa',
        checked_in_at: null,
        deleted_at: null,
        created_at: at,
        updated_at: at,
      },
    ])
    .execute();
  await db
    .insertInto('ceremony_records')
    .values([
      {
        nominee_id: first,
        conference_id: conference.id,
        status: 'received',
        proxy_name: '',
        recorded_at: at,
      },
      {
        nominee_id: second,
        conference_id: conference.id,
        status: 'proxy',
        proxy_name: 'Nguyễn Thị Lan',
        recorded_at: at,
      },
    ])
    .execute();
  await db
    .insertInto('projector_state')
    .values({ conference_id: conference.id, screen: 'title', payload: '{}', updated_at: at })
    .execute();
  await db
    .insertInto('export_options')
    .values({
      conference_id: conference.id,
      list_options: JSON.stringify({ title: 'Danh sách khen thưởng', awardFormIds: [localForm.id] }),
      updated_at: at,
    })
    .execute();
  return { conference, ids, youth, register, decision, awards, template, localForm };
}
