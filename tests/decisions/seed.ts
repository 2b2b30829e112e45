import type { Core } from '../../src/main/app/create-core';
import type { NomineeInput } from '../../src/shared/nominees';
import { call, conferenceInput } from '../helpers';

/** A nominee to seed: the award form by name (shipped catalogue), or none. */
export type SeedNominee = Omit<NomineeInput, 'awardFormId' | 'kind'> & {
  kind?: NomineeInput['kind'];
  form?: string;
};

export async function formIds(core: Core): Promise<Map<string, number>> {
  const forms = await call(core, 'awards.list', { includeInactive: true });
  return new Map(forms.map((f) => [f.name, f.id]));
}

/** Adds nominees in the order given (their ids follow it) and returns their ids. */
export async function addNominees(core: Core, conferenceId: number, list: SeedNominee[]): Promise<number[]> {
  const forms = await formIds(core);
  const ids: number[] = [];
  for (const { form, kind = 'ca_nhan', ...rest } of list) {
    const awardFormId = form === undefined ? null : forms.get(form);
    if (awardFormId === undefined) throw new Error(`no award form ${form}`);
    const nominee = await call(core, 'nominees.create', { conferenceId, kind, ...rest, awardFormId });
    ids.push(nominee.id);
  }
  return ids;
}

/**
 * A conference with approved nominees entered lowest form first, so that the certificate order
 * (Bằng khen before Giấy khen, then list order) differs from the entry order.
 */
export const APPROVED: SeedNominee[] = [
  { fullName: 'Đinh Thị Thơm', unitName: 'Đảng bộ xã Kỳ Hoa', form: 'Giấy khen', status: 'duoc_duyet' },
  { fullName: 'Phạm Văn Hải', unitName: 'Dân quân tự vệ', form: 'Bằng khen', status: 'duoc_duyet' },
  { fullName: 'Lê Thị Kim Liên', unitName: 'Văn phòng Thị ủy', form: 'Giấy khen', status: 'duoc_duyet' },
  {
    kind: 'tap_the',
    fullName: 'Chi bộ Khối dân',
    unitName: 'Chi bộ Khối dân',
    form: 'Bằng khen',
    status: 'duoc_duyet',
  },
];

export async function seedConference(core: Core, title = 'Hội nghị tổng kết thi đua năm 2021') {
  const conference = await call(
    core,
    'conferences.create',
    conferenceInput({ title, startsAt: '2021-05-19' }),
  );
  const ids = await addNominees(core, conference.id, APPROVED);
  return { conference, ids };
}

export async function createRegister(core: Core, nextNumber = 125) {
  return call(core, 'registers.create', { name: 'Sổ vàng 2021', suffix: '/KT', nextNumber });
}

export async function createDecision(core: Core, conferenceId: number, registerId: number | null) {
  return call(core, 'decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    signerCapacity: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Nguyễn Văn Khánh',
    placeName: 'Kỳ Anh',
    registerId,
  });
}

/** A decision as a window lists it now, with its latest revision. */
export async function latestDecision(core: Core, decision: { id: number; conferenceId: number }) {
  const found = (await call(core, 'decisions.list', { conferenceId: decision.conferenceId })).find(
    (d) => d.id === decision.id,
  );
  if (!found) throw new Error(`no decision ${decision.id}`);
  return found;
}

/** Gives the decision's awards as a window showing it now would (naming its latest revision). */
export async function assign(
  core: Core,
  decision: { id: number; conferenceId: number },
  nomineeIds: number[],
) {
  const { revision } = await latestDecision(core, decision);
  return call(core, 'decisions.assign', { decisionId: decision.id, revision, nomineeIds });
}
