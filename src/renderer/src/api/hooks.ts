import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from './ApiProvider';

/** Query keys start with the domain, so that a domain's event invalidates all of its queries. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: {
    enabled?: boolean;
    /** Asks again after this many milliseconds while it returns a number for the last answer. */
    refetchEvery?: (data: MethodOutput<M> | undefined) => number | false;
  } = {},
) {
  const api = useApi();
  const domain = method.split('.')[0] ?? method;
  const { refetchEvery } = options;
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: [domain, method, input],
    queryFn: () => api.call(method, input),
    enabled: options.enabled ?? true,
    ...(refetchEvery ? { refetchInterval: (query) => refetchEvery(query.state.data) } : {}),
  });
}

export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    // A change may touch several domains (creating a conference also opens it); refetching
    // what is on screen is cheap next to showing something stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
