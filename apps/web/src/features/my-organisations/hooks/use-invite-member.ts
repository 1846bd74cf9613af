import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InviteMemberInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { InviteMemberDocument } from '../graphql/documents';
import { MY_ORGANISATIONS_QUERY_ROOT } from './use-my-organisations';

/** Owners invite a person by e-mail; the open invitations are fetched again afterwards. */
export function useInviteMember() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteMemberInput) => request(InviteMemberDocument, { input }, { language }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_ORGANISATIONS_QUERY_ROOT }),
  });
}
