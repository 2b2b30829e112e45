import { useApiQuery } from '../api/hooks';

/** The conference every later page works in: the one remembered in settings. */
export function useOpenConference() {
  const settings = useApiQuery('settings.get', {});
  const id = settings.data?.openConferenceId ?? null;
  const conference = useApiQuery('conferences.get', { id: id ?? 0 }, { enabled: id !== null });
  return {
    id,
    conference: id === null ? null : (conference.data ?? null),
    isLoading: settings.isLoading || (id !== null && conference.isLoading),
    error: settings.error ?? conference.error,
  };
}
