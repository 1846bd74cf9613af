import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { NeedMatchesDocument, OfferMatchesDocument } from '../graphql/documents';
import { MATCHMAKING_QUERY_ROOT, useMatchmakingQuery } from './query-root';

export const MATCHES_COUNT = 20;

export const needMatchesQueryKey = (language: Language, needId: string) => [...MATCHMAKING_QUERY_ROOT, 'needMatches', language, needId] as const;

/** The best open offers for one of my needs, best first ("Passende Angebote"). */
export const useNeedMatches = (needId: string, options: { enabled?: boolean } = {}) =>
  useMatchmakingQuery(
    (language) => needMatchesQueryKey(language, needId),
    (language, signal) => request(NeedMatchesDocument, { needId, first: MATCHES_COUNT }, { language, signal }),
    (data) => data.needMatches,
    options,
  );

export const offerMatchesQueryKey = (language: Language, offerId: string) => [...MATCHMAKING_QUERY_ROOT, 'offerMatches', language, offerId] as const;

/** The best open needs for one of my offers, best first ("Passende Bedarfe"). */
export const useOfferMatches = (offerId: string, options: { enabled?: boolean } = {}) =>
  useMatchmakingQuery(
    (language) => offerMatchesQueryKey(language, offerId),
    (language, signal) => request(OfferMatchesDocument, { offerId, first: MATCHES_COUNT }, { language, signal }),
    (data) => data.offerMatches,
    options,
  );
