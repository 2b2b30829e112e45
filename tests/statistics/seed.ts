import type { Core } from '../../src/main/app/create-core';
import type { NomineeInput } from '../../src/shared/nominees';
import { call, nomineeItems } from '../helpers';

/**
 * Two conferences with nominees of every kind and status, through the public methods:
 * 2024 has approved nominees (so only those count), 2023 has none approved yet (so every
 * proposal still standing counts). Each has a deleted nominee that must never count.
 */

type Seeded = Omit<NomineeInput, 'awardFormId'> & { form?: string; deleted?: boolean };

const CURRENT: Seeded[] = [
  {
    kind: 'tap_the',
    fullName: 'Chi bộ Khối dân',
    unitName: 'Chi bộ Khối dân',
    form: 'Bằng khen',
    status: 'duoc_duyet',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Đinh Thị Thơm',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'duoc_duyet',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Phạm Văn Hải',
    unitName: 'Dân quân tự vệ',
    form: 'Giấy khen',
    status: 'duoc_duyet',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Lê Thị Kim Liên',
    unitName: 'Văn phòng Thị ủy',
    form: 'Giấy chứng nhận',
    status: 'duoc_duyet',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Nguyễn Văn Mến',
    unitName: 'Ủy ban nhân dân phường Sông Trí',
    status: 'duoc_duyet',
  },
  {
    kind: 'ho_gia_dinh',
    fullName: 'Hộ ông Trần Văn Đức',
    unitName: '',
    form: 'Giấy biểu dương',
    status: 'duoc_duyet',
  },
  // Not honorees once anyone is approved, but in the status table:
  {
    kind: 'ca_nhan',
    fullName: 'Ngô Hồng Thơm',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'de_nghi',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Bùi Thị Yến',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'rut',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Đặng Diên',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'khong_duoc_duyet',
  },
  // Nowhere:
  {
    kind: 'ca_nhan',
    fullName: 'Trần Văn Dũng',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Bằng khen',
    status: 'duoc_duyet',
    deleted: true,
  },
];

const EARLIER: Seeded[] = [
  {
    kind: 'ca_nhan',
    fullName: 'Đinh Thị Thơm',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'de_nghi',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Hoàng Văn Nam',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Thư khen',
    status: 'de_nghi',
  },
  {
    kind: 'tap_the',
    fullName: 'Chi bộ Khối dân',
    unitName: 'Chi bộ Khối dân',
    form: 'Bằng khen',
    status: 'de_nghi',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Võ Thị Hoa',
    unitName: 'Đảng bộ Công an thị xã',
    form: 'Giấy khen',
    status: 'rut',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Lê Văn Tâm',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: 'Giấy khen',
    status: 'khong_duoc_duyet',
  },
  {
    kind: 'ca_nhan',
    fullName: 'Trần Thị Lan',
    unitName: 'Văn phòng Thị ủy',
    form: 'Bằng khen',
    status: 'de_nghi',
    deleted: true,
  },
];

export const CURRENT_TITLE = 'Hội nghị tổng kết công tác thi đua năm 2024';
export const EARLIER_TITLE = 'Hội nghị tổng kết công tác thi đua năm 2023';

export async function formIds(core: Core): Promise<Map<string, number>> {
  const forms = await call(core, 'awards.list', { includeInactive: true });
  return new Map(forms.map((f) => [f.name, f.id]));
}

export async function addNominees(core: Core, conferenceId: number, seeded: Seeded[]): Promise<void> {
  const forms = await formIds(core);
  const deleted: number[] = [];
  for (const { form, deleted: isDeleted, ...input } of seeded) {
    const awardFormId = form === undefined ? null : forms.get(form);
    if (awardFormId === undefined) throw new Error(`no award form ${form}`);
    const nominee = await call(core, 'nominees.create', { conferenceId, ...input, awardFormId });
    if (isDeleted) deleted.push(nominee.id);
  }
  if (deleted.length > 0) await call(core, 'nominees.delete', { items: await nomineeItems(core, deleted) });
}

/** Both conferences; "Giấy chứng nhận" shares Giấy khen's rank so ties are ordered by name. */
export async function seedTwoConferences(core: Core): Promise<{ current: number; earlier: number }> {
  await call(core, 'awards.create', { name: 'Giấy chứng nhận', category: 'hinh_thuc', rank: 700 });
  const earlier = await call(core, 'conferences.create', {
    title: EARLIER_TITLE,
    kind: 'tong_ket',
    startsAt: '2023-12-20',
  });
  const current = await call(core, 'conferences.create', {
    title: CURRENT_TITLE,
    kind: 'tong_ket',
    startsAt: '2024-12-19',
  });
  await addNominees(core, current.id, CURRENT);
  await addNominees(core, earlier.id, EARLIER);
  return { current: current.id, earlier: earlier.id };
}
