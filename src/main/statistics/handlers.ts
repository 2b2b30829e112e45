import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { statisticsMethods } from '../../shared/api/contract-statistics';
import { exportStatistics, readStatistics } from './service';

type StatisticsHandlers = HandlersOf<typeof statisticsMethods>;

export function statisticsHandlers(ctx: CoreContext): StatisticsHandlers {
  const db = ctx.store.db;
  return {
    'statistics.get': (input) => readStatistics(db, input),

    'exports.statistics': (input) => exportStatistics(ctx, input),
  };
}
