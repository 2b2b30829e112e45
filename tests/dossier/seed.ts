import type { Core } from '../../src/main/app/create-core';
import type { Counts } from '../../src/shared/voting';
import { addNominees } from '../decisions/seed';
import { call, conferenceInput } from '../helpers';
import { presetRules } from '../voting/seed';

/** Names with every kind of mark, typed decomposed (NFD) as some keyboards send them. */
export const NOMINEES = [
  {
    kind: 'tap_the' as const,
    fullName: 'Chi bộ Khối dân',
    unitName: 'Đảng bộ phường Sông Trí',
    form: 'Bằng khen',
  },
  { fullName: 'Đinh Thị Thơm'.normalize('NFD'), unitName: 'Đảng bộ xã Kỳ Hoa', form: 'Giấy khen' },
  { fullName: 'Nguyễn Ngọc Ẩn', unitName: 'Văn phòng Thị ủy', form: 'Giấy khen' },
  { fullName: 'Lê Thị Kim Liên', unitName: 'Ban Tuyên giáo', form: 'Giấy khen' },
];

/** Agree votes per nominee out of 8 valid ballots, of 11 members (more than half passes): Liên fails. */
const AGREE = [8, 7, 6, 2];

export const MEMBERS = [
  {
    name: 'Nguyễn Văn Khánh',
    title: 'Bí thư Thị ủy',
    role: 'chu_tich' as const,
    presence: 'present' as const,
  },
  { name: 'Trần Thị Hường', title: 'Chánh Văn phòng', role: 'thu_ky' as const, presence: 'present' as const },
  { name: 'Võ Văn Ước', title: '', role: 'kiem_phieu' as const, presence: 'present' as const },
  ...Array.from({ length: 6 }, (_, i) => ({
    name: `Ủy viên số ${i + 1}`,
    title: '',
    role: 'thanh_vien' as const,
    presence: 'present' as const,
  })),
  { name: 'Phan Đình Phùng', title: '', role: 'thanh_vien' as const, presence: 'absent' as const },
  { name: 'Hồ Thị Ý', title: '', role: 'thanh_vien' as const, presence: 'written_opinion' as const },
];

/**
 * A Party conference (the organiser is a Party body) with its council seated, a poll over four
 * nominees closed (three pass), and a decision giving the three their awards.
 */
/** The conference, its council and the closed poll, without a decision yet. */
export async function closedPoll(core: Core, organiser = 'Ban Thường vụ Thị ủy Kỳ Anh') {
  const conference = await call(
    core,
    'conferences.create',
    conferenceInput({
      title: 'Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW',
      organiser,
      placeName: 'Kỳ Anh',
      venue: 'Hội trường Thị ủy',
      startsAt: '2021-05-19',
    }),
  );
  for (const m of MEMBERS) {
    const council = await call(core, 'council.add', {
      conferenceId: conference.id,
      name: m.name,
      title: m.title,
      role: m.role,
    });
    const member = council.members.at(-1);
    if (member) await call(core, 'council.setPresence', { id: member.id, presence: m.presence });
  }
  const ids = await addNominees(core, conference.id, NOMINEES);
  const rule = (await presetRules(core))('Quá bán tổng số thành viên');
  let poll = await call(core, 'polls.create', {
    conferenceId: conference.id,
    title: 'Bình xét khen thưởng sơ kết Chỉ thị 05',
    ruleId: rule,
    nomineeIds: ids,
  });
  poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' });
  poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'counting' });
  const counts: Counts = {
    ballotsIssued: 9,
    ballotsReturned: 9,
    valid: 8,
    invalid: 1,
    votes: ids.map((nomineeId, i) => ({
      nomineeId,
      agree: AGREE[i] ?? 0,
      disagree: 8 - (AGREE[i] ?? 0),
      abstain: 0,
    })),
  };
  poll = await call(core, 'polls.saveCounts', { id: poll.id, revision: poll.revision, counts });
  const counted = poll;
  poll = await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
  return { conference, ids, poll, counted };
}

/** The decision the office records for the closed poll, as the wizard fills it in. */
export const DECISION = {
  number: '125-QĐ/ThU',
  date: '2021-05-25',
  issuer: 'Ban Thường vụ Thị ủy',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Nguyễn Văn Khánh',
  placeName: 'Kỳ Anh',
  registerId: null,
};

export async function closedPollWorld(core: Core, organiser = 'Ban Thường vụ Thị ủy Kỳ Anh') {
  const { conference, ids, poll, counted } = await closedPoll(core, organiser);
  const decision = await call(core, 'decisions.create', { conferenceId: conference.id, ...DECISION });
  const passed = ids.slice(0, 3);
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: passed,
  });
  return { conference, ids, poll, counted, decision };
}
