import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { RevokeSessionDocument } from '../graphql/documents';
import { MY_SESSIONS_QUERY_ROOT } from './use-my-sessions';

/** Ends one of the caller's other sessions; the list is fetched again afterwards. */
export function useRevokeSession() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(RevokeSessionDocument, { id }, { language }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_SESSIONS_QUERY_ROOT }),
  });
}
