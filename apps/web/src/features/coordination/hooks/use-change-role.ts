import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlatformRole } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { ME_QUERY_ROOT } from '../../../lib/session/use-me';
import { GrantRoleDocument, WithdrawRoleDocument } from '../graphql/documents';
import { AUDIT_EVENTS_QUERY_ROOT } from './use-audit-events';
import { PEOPLE_QUERY_ROOT } from './use-people';

export interface ChangeRoleVariables {
  userId: string;
  role: PlatformRole;
  /** true grants, false withdraws. */
  grant: boolean;
}

/**
 * Grants or withdraws a platform role; resolves with whether anything changed (false: held
 * already / not held). People, the log and (for one's own roles) the signed-in person are fetched again.
 */
export function useChangeRole() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role, grant }: ChangeRoleVariables): Promise<boolean> =>
      grant
        ? (await request(GrantRoleDocument, { userId, role }, { language })).grantRole
        : (await request(WithdrawRoleDocument, { userId, role }, { language })).withdrawRole,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: AUDIT_EVENTS_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: ME_QUERY_ROOT }),
      ]),
  });
}
