import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../api/ApiProvider';

// Statistics are read from nominees, award forms, units and conference titles; a poll that
// closes approves nominees. Any of these, from this window or another, makes them stale.
const SOURCES = new Set(['nominees.changed', 'awards.changed', 'conferences.changed', 'polls.changed']);

/** Refetches the statistics when what they count changes. */
export function useStatisticsRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.subscribe((event) => {
        if (SOURCES.has(event.type)) void queryClient.invalidateQueries({ queryKey: ['statistics'] });
      }),
    [api, queryClient],
  );
}
