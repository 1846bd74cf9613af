import type { PersonFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { PeopleDocument } from '../graphql/documents';
import { useConnectionQuery } from '../../../lib/use-connection-query';

export const PEOPLE_PAGE_SIZE = 20;

export const PEOPLE_QUERY_ROOT = ['people'] as const;

export const peopleQueryKey = (language: Language, filter: PersonFilter, pageSize: number) =>
  [...PEOPLE_QUERY_ROOT, language, filter, pageSize] as const;

/** People with accounts, sorted by name ("Weitere laden"; joint office and administrators only). */
export function usePeople(filter: PersonFilter, { pageSize = PEOPLE_PAGE_SIZE, enabled = true }: { pageSize?: number; enabled?: boolean } = {}) {
  const language = useLanguage();
  return useConnectionQuery(
    peopleQueryKey(language, filter, pageSize),
    async (after, signal) => {
      const data = await request(
        PeopleDocument,
        { first: pageSize, after, filter: Object.keys(filter).length > 0 ? filter : null },
        { language, signal },
      );
      return data.people;
    },
    { enabled },
  );
}
