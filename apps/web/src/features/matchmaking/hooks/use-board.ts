import { useQueryClient } from '@tanstack/react-query';
import type { BoardSort, NeedFilter, OfferFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { useConnectionQuery, type Connection } from '../../../lib/use-connection-query';
import { NeedsDocument, OffersDocument } from '../graphql/documents';
import { MATCHMAKING_QUERY_ROOT } from './query-root';
import { rememberSkills, type KnownSkill } from './use-skill-search';

export const BOARD_PAGE_SIZE = 20;

const orNull = <F extends object>(filter: F): F | null => (Object.keys(filter).length > 0 ? filter : null);

type WithSkills = { skills: ReadonlyArray<{ skill: KnownSkill }> };

/** A board page; the skills on it become known by id (the skill filter names them after a reload). */
function useBoardQuery<T extends WithSkills>(
  queryKey: readonly unknown[],
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<Connection<T>>,
) {
  const queryClient = useQueryClient();
  return useConnectionQuery<T>(queryKey, async (after, signal) => {
    const page = await fetchPage(after, signal);
    rememberSkills(
      queryClient,
      page.edges.flatMap((edge) => edge.node.skills.map((item) => item.skill)),
    );
    return page;
  });
}

export const needsQueryKey = (language: Language, filter: NeedFilter, sort: BoardSort) =>
  [...MATCHMAKING_QUERY_ROOT, 'needs', language, filter, sort] as const;

/** The board of open needs, 20 per page ("Weitere laden"). */
export function useNeeds(filter: NeedFilter, sort: BoardSort) {
  const language = useLanguage();
  return useBoardQuery(
    needsQueryKey(language, filter, sort),
    async (after, signal) =>
      (await request(NeedsDocument, { first: BOARD_PAGE_SIZE, after, filter: orNull(filter), sort }, { language, signal })).needs,
  );
}

export const offersQueryKey = (language: Language, filter: OfferFilter, sort: BoardSort) =>
  [...MATCHMAKING_QUERY_ROOT, 'offers', language, filter, sort] as const;

/** The board of open offers, 20 per page ("Weitere laden"). */
export function useOffers(filter: OfferFilter, sort: BoardSort) {
  const language = useLanguage();
  return useBoardQuery(
    offersQueryKey(language, filter, sort),
    async (after, signal) =>
      (await request(OffersDocument, { first: BOARD_PAGE_SIZE, after, filter: orNull(filter), sort }, { language, signal })).offers,
  );
}
