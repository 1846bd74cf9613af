import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateOfficeInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { CreateOfficeDocument, HandOverOfficeDocument } from '../graphql/documents';
import { AUDIT_EVENTS_QUERY_ROOT } from './use-audit-events';
import { OFFICES_QUERY_ROOT } from './use-offices';
import { PEOPLE_QUERY_ROOT } from './use-people';

/** Offices, people (their offices) and the log are fetched again after any change of an office. */
function useInvalidateOffices() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: OFFICES_QUERY_ROOT }),
      queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_ROOT }),
      queryClient.invalidateQueries({ queryKey: AUDIT_EVENTS_QUERY_ROOT }),
    ]);
}

/** Creates an office of an organisation (OFFICE_EXISTS for a title the organisation has already). */
export function useCreateOffice() {
  const language = useLanguage();
  const invalidate = useInvalidateOffices();
  return useMutation({
    mutationFn: async (input: CreateOfficeInput) => (await request(CreateOfficeDocument, { input }, { language })).createOffice,
    onSettled: invalidate,
  });
}

export interface HandOverVariables {
  officeId: string;
  successorUserId: string;
}

/** Hands an office to a member of its organisation (SUCCESSOR_NOT_MEMBER otherwise); the predecessor is signed out. */
export function useHandOverOffice() {
  const language = useLanguage();
  const invalidate = useInvalidateOffices();
  return useMutation({
    mutationFn: async (variables: HandOverVariables) => (await request(HandOverOfficeDocument, variables, { language })).handOverOffice,
    onSettled: invalidate,
  });
}
