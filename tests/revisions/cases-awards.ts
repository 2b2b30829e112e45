import type { Core } from '../../src/main/app/create-core';
import { call } from '../helpers';
import type { StaleCase } from './case';

/** An award form of the shipped catalogue, as the catalogue page lists it. */
async function listedForm(core: Core, name: string) {
  const form = (await call(core, 'awards.list', { includeInactive: true })).find((f) => f.name === name);
  if (!form) throw new Error(`no award form ${name}`);
  return form;
}

export const AWARDS_CASES: StaleCase[] = [
  {
    method: 'awards.update',
    label: 'rank changed elsewhere',
    async arrange(core) {
      const form = await listedForm(core, 'Giấy khen');
      return {
        input: { ...form, aliases: 'Giấy khen của Chủ tịch' },
        editElsewhere: async () => {
          await call(core, 'awards.update', { ...(await listedForm(core, 'Giấy khen')), rank: 650 });
        },
      };
    },
  },
  {
    method: 'awards.update',
    label: 'retired from an old view',
    async arrange(core) {
      const form = await listedForm(core, 'Bằng khen');
      return {
        input: { ...form, active: false },
        editElsewhere: async () => {
          const latest = await listedForm(core, 'Bằng khen');
          await call(core, 'awards.update', { ...latest, name: 'Bằng khen của UBND tỉnh' });
        },
      };
    },
  },
];
