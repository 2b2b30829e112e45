import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { moneyMethods } from '../../shared/api/contract-money';
import { exportPaymentList } from './export';
import { readPaymentList } from './payment-list';
import { readMoneyStatistics } from './statistics';
import { changeBaseSalary, createBaseSalary, listBaseSalaries, removeBaseSalary } from './salaries';

export function moneyHandlers(ctx: CoreContext): HandlersOf<typeof moneyMethods> {
  const { db, readDb } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = () => ctx.events.emit({ type: 'awards.changed' });
  return {
    'salaries.list': () => listBaseSalaries(readDb),
    'salaries.create': async (values) => {
      const salary = await createBaseSalary(db, now, values);
      changed();
      return salary;
    },
    'salaries.update': async ({ id, revision, ...values }) => {
      const salary = await changeBaseSalary(db, now, id, revision, values);
      changed();
      return salary;
    },
    'salaries.delete': async ({ id, revision }) => {
      await removeBaseSalary(db, now, id, revision);
      changed();
      return { deleted: 1 };
    },
    'statistics.amounts': ({ conferenceId }) => readMoneyStatistics(readDb, conferenceId),
    'payments.list': async (query) => (await readPaymentList(readDb, query)).list,
    // Drawn in a job worker; the core stays free for other calls meanwhile.
    'exports.paymentList': (query) => exportPaymentList(ctx, query),
  };
}
