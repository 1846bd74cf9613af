import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { RemoveMemberDocument } from '../graphql/documents';
import { MY_ORGANISATIONS_QUERY_ROOT } from './use-my-organisations';

export interface RemoveMemberVariables {
  organisationId: string;
  userId: string;
}

/** Owners remove a member (LAST_OWNER for the last owner); the list is fetched again afterwards. */
export function useRemoveMember() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RemoveMemberVariables) => request(RemoveMemberDocument, variables, { language }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_ORGANISATIONS_QUERY_ROOT }),
  });
}
