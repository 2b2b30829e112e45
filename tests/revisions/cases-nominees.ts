import type { Core } from '../../src/main/app/create-core';
import type { Nominee } from '../../src/shared/nominees';
import { call, conferenceInput } from '../helpers';
import type { StaleCase } from './case';

/** Two nominees in a new conference, as the list shows them. */
async function twoNominees(core: Core): Promise<Nominee[]> {
  const { id: conferenceId } = await call(core, 'conferences.create', conferenceInput());
  for (const fullName of ['Nguyễn Văn Trước', 'Trần Thị Sau']) {
    await call(core, 'nominees.create', { conferenceId, kind: 'ca_nhan', fullName });
  }
  return (await call(core, 'nominees.list', { conferenceId })).rows;
}

const editElsewhere = (core: Core, nominee: Nominee) => async () => {
  const { id, revision, kind, fullName } = nominee;
  await call(core, 'nominees.update', { id, revision, kind, fullName, notes: 'Sửa ở cửa sổ khác' });
};

const itemsOf = (rows: Nominee[]) => rows.map(({ id, revision }) => ({ id, revision }));

export const NOMINEES_CASES: StaleCase[] = [
  {
    method: 'nominees.update',
    arrange: async (core) => {
      const [first] = await twoNominees(core);
      if (!first) throw new Error('no nominee');
      const { id, revision, kind } = first;
      return {
        input: { id, revision, kind, fullName: 'Nguyễn Văn Trước (đã sửa)' },
        editElsewhere: editElsewhere(core, first),
      };
    },
  },
  {
    method: 'nominees.bulkUpdate',
    label: 'one of the selection changed',
    arrange: async (core) => {
      const rows = await twoNominees(core);
      return {
        input: { items: itemsOf(rows), set: { status: 'duoc_duyet' } },
        editElsewhere: editElsewhere(core, rows[1] as Nominee),
      };
    },
  },
  {
    method: 'nominees.delete',
    label: 'one of the selection changed',
    arrange: async (core) => {
      const rows = await twoNominees(core);
      return { input: { items: itemsOf(rows) }, editElsewhere: editElsewhere(core, rows[0] as Nominee) };
    },
  },
];
