import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { useLanguage } from '../../../lib/use-language';

/**
 * Every query of the workbench (formats, free slots, bookings) lives under this root: a booking
 * changes the free slots, "Meine Termine" and the booking itself at once.
 */
export const WORKBENCH_QUERY_ROOT = ['workbench'] as const;

/**
 * A mutation of the workbench: afterwards every query under {@link WORKBENCH_QUERY_ROOT} is fetched
 * again. The mutation does not wait for that: its result is shown at once, the lists follow.
 */
export function useWorkbenchMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: WORKBENCH_QUERY_ROOT });
    },
  });
}
