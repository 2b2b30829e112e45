import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { Nominee, NomineeCounts, NomineeListParams } from '../../../shared/nominees';
import { useApi } from '../api/ApiProvider';

export const PAGE_SIZE = 200;

export type NomineeQuery = Omit<NomineeListParams, 'offset' | 'limit'>;

/**
 * Rows of a long list fetched a page at a time, only where the table is scrolled to, so that
 * 10,000 nominees cost the same to show as 200.
 */
export function useNomineeRows(query: NomineeQuery, visible: { start: number; end: number }) {
  const api = useApi();
  const pageQuery = (page: number) => ({
    queryKey: ['nominees', 'nominees.list', query, page],
    queryFn: () => api.call('nominees.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
  });
  const enabled = query.conferenceId > 0;
  const first = useQuery({ ...pageQuery(0), placeholderData: keepPreviousData, enabled });
  const pages: number[] = [];
  for (let p = Math.floor(visible.start / PAGE_SIZE); p <= Math.floor(visible.end / PAGE_SIZE); p++) {
    if (p > 0) pages.push(p);
  }
  const rest = useQueries({ queries: pages.map((p) => ({ ...pageQuery(p), enabled })) });

  const counts: NomineeCounts | undefined = first.data?.counts;
  const rowAt = (index: number): Nominee | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const data = page === 0 ? first.data : rest[pages.indexOf(page)]?.data;
    return data?.rows[index - page * PAGE_SIZE];
  };
  return {
    counts,
    filled: first.data?.filled,
    rowAt,
    isLoading: first.isLoading,
    error: first.error,
    isPlaceholder: first.isPlaceholderData,
  };
}
