import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { useLanguage } from '../../../lib/use-language';

/**
 * Every query of the board (lists, entries, matches, contact requests) lives under this root: a
 * change of one entry can move it on the board, in the matches of others and in the lists.
 */
export const MATCHMAKING_QUERY_ROOT = ['matchmaking'] as const;

/** A query of the board in the active language, always fetched fresh when a page opens. */
export function useMatchmakingQuery<TData, TSelected>(
  queryKey: (language: Language) => QueryKey,
  fetch: (language: Language, signal: AbortSignal) => Promise<TData>,
  select: (data: TData) => TSelected,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const language = useLanguage();
  return useQuery({ queryKey: queryKey(language), queryFn: ({ signal }) => fetch(language, signal), select, staleTime: 0, enabled });
}

/** A mutation of the board: afterwards every query under {@link MATCHMAKING_QUERY_ROOT} is fetched again. */
export function useMatchmakingMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MATCHMAKING_QUERY_ROOT }),
  });
}
