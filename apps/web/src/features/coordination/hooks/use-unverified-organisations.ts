import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { UnverifiedOrganisationsDocument } from '../graphql/documents';

export const UNVERIFIED_ORGANISATIONS_QUERY_ROOT = ['unverifiedOrganisations'] as const;

export const unverifiedOrganisationsQueryKey = (language: Language) => [...UNVERIFIED_ORGANISATIONS_QUERY_ROOT, language] as const;

/** Organisations waiting for the joint office (at most 100; FORBIDDEN for other roles). */
export function useUnverifiedOrganisations() {
  const language = useLanguage();
  return useQuery({
    queryKey: unverifiedOrganisationsQueryKey(language),
    queryFn: ({ signal }) => request(UnverifiedOrganisationsDocument, { first: 100, after: null }, { language, signal }),
    select: (data) => ({
      organisations: data.organisations.edges.map((edge) => edge.node),
      totalCount: data.organisations.totalCount,
    }),
    staleTime: 0,
  });
}
