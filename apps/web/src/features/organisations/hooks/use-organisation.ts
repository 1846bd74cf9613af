import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { OrganisationDocument } from '../graphql/documents';

export const organisationQueryKey = (language: Language, id: string) => ['organisation', language, id] as const;

/** An organisation's profile in one language: the query `useOrganisation` runs, also for `useQueries` elsewhere. */
export const organisationQuery = (language: Language, id: string) => ({
  queryKey: organisationQueryKey(language, id),
  queryFn: ({ signal }: { signal: AbortSignal }) => request(OrganisationDocument, { id }, { language, signal }),
});

export function useOrganisation(id: string) {
  const language = useLanguage();
  return useQuery({
    ...organisationQuery(language, id),
    select: (data) => data.organisation,
    enabled: id !== '',
  });
}
