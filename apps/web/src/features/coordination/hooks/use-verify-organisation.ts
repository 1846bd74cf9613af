import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { VerifyOrganisationDocument } from '../graphql/documents';
import { AUDIT_EVENTS_QUERY_ROOT } from './use-audit-events';
import { UNVERIFIED_ORGANISATIONS_QUERY_ROOT } from './use-unverified-organisations';

/** The joint office verifies an organisation; the queue, the directory and the log are fetched again. */
export function useVerifyOrganisation() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(VerifyOrganisationDocument, { id }, { language }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: UNVERIFIED_ORGANISATIONS_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
        queryClient.invalidateQueries({ queryKey: AUDIT_EVENTS_QUERY_ROOT }),
      ]),
  });
}
