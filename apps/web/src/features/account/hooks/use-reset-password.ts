import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResetPasswordInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { ResetPasswordDocument } from '../graphql/documents';

/** Sets a new password with the token from the mail; the server ends every session, so all queries are reset. */
export function useResetPassword() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => request(ResetPasswordDocument, { input }, { language }),
    onSuccess: () => queryClient.resetQueries(),
  });
}
