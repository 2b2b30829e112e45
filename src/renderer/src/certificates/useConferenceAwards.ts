import { useQueries } from '@tanstack/react-query';
import type { AwardEntry, Decision } from '../../../shared/certificates';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/ApiProvider';
import { useApiQuery } from '../api/hooks';

/** An award with the decision it belongs to, for a list across decisions. */
export interface DecisionAward extends AwardEntry {
  decisionNumber: string;
}

/**
 * Every award of the open conference's decisions, in certificate order: higher form first,
 * then each decision's own order (the core's order within one decision), decisions newest first.
 */
export function useConferenceAwards(conferenceId: number | null) {
  const api = useApi();
  const decisions = useApiQuery(
    'decisions.list',
    { conferenceId: conferenceId ?? 0 },
    {
      enabled: conferenceId !== null,
    },
  );
  const list: Decision[] = decisions.data ?? [];
  // The same keys useApiQuery would use, so decision events refresh these too.
  const awards = useQueries({
    queries: list.map((d) => ({
      queryKey: ['decisions', 'decisions.awards', { id: d.id }],
      queryFn: () => api.call('decisions.awards', { id: d.id }),
    })),
  });
  const all: DecisionAward[] = list.flatMap((d, index) =>
    (awards[index]?.data ?? []).map((a) => ({ ...a, decisionNumber: d.number })),
  );
  // Array.prototype.sort is stable, so each decision keeps the core's list order within a form.
  all.sort((a, b) => b.awardFormRank - a.awardFormRank);
  const failed = awards.find((q) => q.error)?.error as ApiError | undefined;
  return {
    decisions: list,
    awards: all,
    isLoading: decisions.isLoading || awards.some((q) => q.isLoading),
    error: decisions.error ?? failed ?? null,
    refetch: () => void decisions.refetch(),
  };
}
