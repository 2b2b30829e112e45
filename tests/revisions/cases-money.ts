import type { Core } from '../../src/main/app/create-core';
import type { BaseSalary } from '../../src/shared/money/records';
import { call } from '../helpers';
import type { StaleCase } from './case';

/** The base salary in force from 2024-07-01, as the settings page lists it. */
async function listedSalary(core: Core): Promise<BaseSalary> {
  const salary = (await call(core, 'salaries.list', {})).find((s) => s.effectiveFrom === '2024-07-01');
  if (!salary) throw new Error('no base salary from 2024-07-01');
  return salary;
}

const fields = ({ id, revision, effectiveFrom, amount, source }: BaseSalary) => ({
  id,
  revision,
  effectiveFrom,
  amount,
  source,
});

/** Another window corrects the source it cites. */
const sourceChanged = (core: Core) => async () => {
  const latest = await listedSalary(core);
  await call(core, 'salaries.update', { ...fields(latest), source: 'Nghị định 73/2024/NĐ-CP' });
};

export const MONEY_CASES: StaleCase[] = [
  {
    method: 'salaries.update',
    async arrange(core) {
      const salary = await listedSalary(core);
      return { input: { ...fields(salary), amount: 2_340_001 }, editElsewhere: sourceChanged(core) };
    },
  },
  {
    method: 'salaries.delete',
    async arrange(core) {
      const salary = await listedSalary(core);
      return { input: { id: salary.id, revision: salary.revision }, editElsewhere: sourceChanged(core) };
    },
  },
];
