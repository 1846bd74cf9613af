import { useInfiniteQuery } from '@tanstack/react-query';
import type { OrganisationFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { OrganisationsDocument } from '../graphql/documents';

export const ORGANISATIONS_PAGE_SIZE = 20;

export const organisationsQueryKey = (language: Language, filter: OrganisationFilter) => ['organisations', language, filter] as const;

/** Cursor-paginated directory ("Weitere laden"), 20 per page. */
export function useOrganisations(filter: OrganisationFilter) {
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: organisationsQueryKey(language, filter),
    queryFn: ({ pageParam, signal }) =>
      request(
        OrganisationsDocument,
        {
          filter: Object.keys(filter).length > 0 ? filter : null,
          first: ORGANISATIONS_PAGE_SIZE,
          after: pageParam,
        },
        { language, signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const { hasNextPage, endCursor } = lastPage.organisations.pageInfo;
      return hasNextPage && endCursor ? endCursor : undefined;
    },
    select: (data) => ({
      organisations: data.pages.flatMap((page) => page.organisations.edges.map((edge) => edge.node)),
      totalCount: data.pages.at(-1)?.organisations.totalCount ?? 0,
    }),
  });
}
