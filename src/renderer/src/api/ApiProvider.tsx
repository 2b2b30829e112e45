import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/contract';
import type { AppEvent } from '../../../shared/api/events';

const ApiContext = createContext<ApiClient | null>(null);
/** Counts `database.replaced` events: a form opened before a restore sees the count move. */
const DatabaseEpochContext = createContext(0);

export function useDatabaseEpoch(): number {
  return useContext(DatabaseEpochContext);
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/**
 * Which cached domains each event makes stale (query keys start with the domain). Statistics
 * count nominees, forms, units and conference titles, and a closing poll approves nominees.
 */
const INVALIDATES: Record<AppEvent['type'], string[]> = {
  'conferences.changed': ['conferences', 'statistics'],
  'settings.changed': ['settings'],
  'nominees.changed': [
    'nominees',
    'units',
    'statistics',
    'decisions',
    'certificates',
    'projector',
    'ceremony',
  ],
  'awards.changed': [
    'awards',
    'nominees',
    'statistics',
    'decisions',
    'certificates',
    'projector',
    'ceremony',
  ],
  'council.changed': ['council', 'polls'],
  'polls.changed': ['polls', 'nominees', 'statistics', 'projector', 'ceremony'],
  'decisions.changed': ['decisions', 'registers', 'certificates', 'exports'],
  'templates.changed': ['templates', 'certificates'],
  'agenda.changed': ['agenda', 'projector'],
  'delegates.changed': ['delegates'],
  'ceremony.changed': ['ceremony', 'projector'],
  'projector.changed': ['projector'],
  'backups.changed': ['backups'],
  'audit.changed': ['audit'],
  'database.health': ['app'],
  'database.replaced': ['*'],
  'job.progress': [],
};

/** Core events invalidate the cached queries they concern, in every open window. */
function EventBridge({
  api,
  onEvent,
  onReplaced,
}: {
  api: ApiClient;
  onEvent?: (event: AppEvent) => void;
  onReplaced: () => void;
}) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.subscribe((event) => {
        for (const domain of INVALIDATES[event.type]) {
          if (domain === '*') void queryClient.invalidateQueries();
          else void queryClient.invalidateQueries({ queryKey: [domain] });
        }
        if (event.type === 'database.replaced') onReplaced();
        onEvent?.(event);
      }),
    [api, queryClient, onEvent, onReplaced],
  );
  return null;
}

export function ApiProvider({
  api,
  children,
  onEvent,
}: {
  api: ApiClient;
  children: ReactNode;
  onEvent?: (event: AppEvent) => void;
}) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
          mutations: { retry: false },
        },
      }),
  );
  const [epoch, setEpoch] = useState(0);
  const onReplaced = useCallback(() => setEpoch((n) => n + 1), []);
  return (
    <ApiContext.Provider value={api}>
      <DatabaseEpochContext.Provider value={epoch}>
        <QueryClientProvider client={queryClient}>
          <EventBridge api={api} onEvent={onEvent} onReplaced={onReplaced} />
          {children}
        </QueryClientProvider>
      </DatabaseEpochContext.Provider>
    </ApiContext.Provider>
  );
}
