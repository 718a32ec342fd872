// Server state through TanStack Query. Keys are [method, request]; after any successful change every
// query is refetched (see main.tsx), so letters, deadlines and warnings always come fresh from the rules.
import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiMethod, ApiRequest, ApiResponse } from '../../../shared/api/contract';
import { useApi } from './context';
import type { ApiCallError } from './errors';

export function queryKey<K extends ApiMethod>(method: K, request: ApiRequest<K>) {
  return [method, request] as const;
}

export function useApiQuery<K extends ApiMethod>(
  method: K,
  request: ApiRequest<K>,
  options: Omit<UseQueryOptions<ApiResponse<K>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  const api = useApi();
  return useQuery<ApiResponse<K>, ApiCallError>({
    queryKey: queryKey(method, request),
    queryFn: () => (api[method] as (req: ApiRequest<K>) => Promise<ApiResponse<K>>)(request),
    ...options,
  });
}

interface MutationMeta<K extends ApiMethod> {
  /** The form shows the error itself (field issues): no global toast. */
  quiet?: boolean;
  /**
   * Runs on success before everything on screen is refetched, even when the refetch then replaces the component
   * that asked (creating the first body swaps the setup screen for the shell): a callback given to `mutate` is
   * dropped once its component is gone, and the new body's settings would never open.
   */
  onSuccess?: (response: ApiResponse<K>) => void;
}

/** A change through the API. Errors become a global toast unless `quiet` (the form shows them). */
export function useApiMutation<K extends ApiMethod>(method: K, meta: MutationMeta<K> = {}) {
  const api = useApi();
  return useMutation<ApiResponse<K>, ApiCallError, ApiRequest<K>>({
    mutationFn: (request) => (api[method] as (req: ApiRequest<K>) => Promise<ApiResponse<K>>)(request),
    meta: { quiet: meta.quiet === true },
    ...(meta.onSuccess ? { onSuccess: meta.onSuccess } : {}),
  });
}
