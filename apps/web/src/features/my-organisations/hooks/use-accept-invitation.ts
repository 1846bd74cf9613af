import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { AcceptInvitationDocument } from '../graphql/documents';
import { MY_ORGANISATIONS_QUERY_ROOT } from './use-my-organisations';

/** Accepts an invitation addressed to the signed-in person; resolves with the organisation id. */
export function useAcceptInvitation() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => request(AcceptInvitationDocument, { token }, { language }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_ORGANISATIONS_QUERY_ROOT }),
  });
}
