import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { ChangePasswordDocument } from '../graphql/documents';
import { MY_SESSIONS_QUERY_ROOT } from './use-my-sessions';

/** Changes the password; resolves with the number of other sessions the server ended. */
export function useChangePassword() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => request(ChangePasswordDocument, { input }, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SESSIONS_QUERY_ROOT }),
  });
}
