import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeQuery, SignInInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SignInDocument } from '../graphql/documents';
import { meQueryKey } from '../../../lib/session/use-me';
import { MY_SESSIONS_QUERY_ROOT } from './use-my-sessions';

/**
 * Signs in (the server sets the HttpOnly session cookie). On success the header knows the person
 * at once; afterwards every query is invalidated, because answers may differ once signed in.
 */
export function useSignIn() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => request(SignInDocument, { input }, { language }),
    onSuccess: (data) => {
      // Another person may have been signed in in this tab before.
      queryClient.removeQueries({ queryKey: MY_SESSIONS_QUERY_ROOT });
      queryClient.setQueryData<MeQuery>(meQueryKey(language), { me: data.signIn });
    },
    onSettled: () => queryClient.invalidateQueries(),
  });
}
