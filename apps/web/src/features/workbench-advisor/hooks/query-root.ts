import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { useLanguage } from '../../../lib/use-language';

/**
 * Every query of the advisors' area lives under this root: a new format, other weekly times or a
 * cancelled booking can change what the other pages show, so a mutation refetches all of them.
 */
export const ADVISOR_QUERY_ROOT = ['workbenchAdvisor'] as const;

/** A query of the area in the active language, fetched fresh when a page opens. */
export function useAdvisorQuery<TData, TSelected>(
  queryKey: (language: Language) => QueryKey,
  fetch: (language: Language, signal: AbortSignal) => Promise<TData>,
  select: (data: TData) => TSelected,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const language = useLanguage();
  return useQuery({ queryKey: queryKey(language), queryFn: ({ signal }) => fetch(language, signal), select, staleTime: 0, enabled });
}

/** A mutation of the area: afterwards every query under {@link ADVISOR_QUERY_ROOT} is fetched again. */
export function useAdvisorMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ADVISOR_QUERY_ROOT }),
  });
}
