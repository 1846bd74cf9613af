import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { MyOrganisationsDocument } from '../graphql/documents';

export const MY_ORGANISATIONS_QUERY_ROOT = ['myOrganisations'] as const;

export const myOrganisationsQueryKey = (language: Language) => [...MY_ORGANISATIONS_QUERY_ROOT, language] as const;

/** The organisations I belong to, with members and (for owners) open invitations; UNAUTHENTICATED when signed out. */
export function useMyOrganisations() {
  const language = useLanguage();
  return useQuery({
    queryKey: myOrganisationsQueryKey(language),
    queryFn: ({ signal }) => request(MyOrganisationsDocument, {}, { language, signal }),
    select: (data) => data.myOrganisations,
    staleTime: 0,
  });
}
