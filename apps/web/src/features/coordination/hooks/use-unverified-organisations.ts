import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { UnverifiedOrganisationsDocument } from '../graphql/documents';
import { useConnectionQuery } from '../../../lib/use-connection-query';

export const UNVERIFIED_ORGANISATIONS_PAGE_SIZE = 20;

export const UNVERIFIED_ORGANISATIONS_QUERY_ROOT = ['unverifiedOrganisations'] as const;

export const unverifiedOrganisationsQueryKey = (language: Language) => [...UNVERIFIED_ORGANISATIONS_QUERY_ROOT, language] as const;

/** Organisations waiting for the joint office, 20 per page ("Weitere laden"; FORBIDDEN for other roles). */
export function useUnverifiedOrganisations() {
  const language = useLanguage();
  return useConnectionQuery(unverifiedOrganisationsQueryKey(language), async (after, signal) => {
    const data = await request(UnverifiedOrganisationsDocument, { first: UNVERIFIED_ORGANISATIONS_PAGE_SIZE, after }, { language, signal });
    return data.organisations;
  });
}
