import type { Core } from '../../src/main/app/create-core';
import type { DelegateCreateInput } from '../../src/shared/delegates';
import { call, conferenceInput } from '../helpers';

/** A conference with a few delegates; names chosen to exercise folding (Đ, marks, shared words). */
export async function seedDelegates(core: Core) {
  const conference = await call(core, 'conferences.create', conferenceInput());
  const people: Omit<DelegateCreateInput, 'conferenceId'>[] = [
    {
      honorific: 'ong',
      fullName: 'Nguyễn Văn A',
      title: 'Bí thư',
      unitName: 'Đảng ủy xã Kỳ Hoa',
      badge: '0123',
      groupName: 'Khách mời',
    },
    {
      honorific: 'ba',
      fullName: 'Đinh Thị Thơm',
      title: 'Chủ tịch Hội Phụ nữ',
      unitName: 'Phường Sông Trí',
      badge: '0124',
      groupName: 'Đại biểu',
    },
    {
      honorific: 'ong',
      fullName: 'Trần Đức Long',
      title: 'Giám đốc',
      unitName: 'Sở Văn hóa',
      badge: '0125',
      groupName: 'Đại biểu',
    },
    {
      honorific: null,
      fullName: 'Lê Văn An',
      title: 'Hiệu trưởng',
      unitName: 'Trường THCS Nguyễn Du',
      badge: '',
      groupName: 'Đại biểu',
    },
  ];
  const delegates = [];
  for (const person of people) {
    delegates.push(await call(core, 'delegates.create', { conferenceId: conference.id, ...person }));
  }
  return { conference, delegates };
}
