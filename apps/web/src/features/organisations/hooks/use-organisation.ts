import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { OrganisationDocument } from '../graphql/documents';

export const ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND';

export const organisationQueryKey = (language: Language, id: string) =>
  ['organisation', language, id] as const;

export function useOrganisation(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: organisationQueryKey(language, id),
    queryFn: ({ signal }) => request(OrganisationDocument, { id }, { language, signal }),
    select: (data) => data.organisation,
    enabled: id !== '',
  });
}
