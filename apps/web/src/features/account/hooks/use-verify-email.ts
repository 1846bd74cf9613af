import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { VerifyEmailDocument } from '../graphql/documents';
import { ME_QUERY_ROOT } from '../../../lib/session/use-me';

/** Confirms an e-mail address with the token from the confirmation mail. */
export function useVerifyEmail() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => request(VerifyEmailDocument, { token }, { language }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_ROOT }),
  });
}
