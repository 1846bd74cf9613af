import type { NeedStatus, OfferStatus } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { MyNeedsDocument, MyOffersDocument } from '../graphql/documents';
import { MATCHMAKING_QUERY_ROOT, useMatchmakingQuery } from './query-root';

interface Options {
  enabled?: boolean;
}

export const myNeedsQueryKey = (language: Language, status: NeedStatus | null) => [...MATCHMAKING_QUERY_ROOT, 'myNeeds', language, status] as const;

/** The needs of my organisations (every status, or one), recently changed first. */
export const useMyNeeds = (status: NeedStatus | null = null, options: Options = {}) =>
  useMatchmakingQuery(
    (language) => myNeedsQueryKey(language, status),
    (language, signal) => request(MyNeedsDocument, { status }, { language, signal }),
    (data) => data.myNeeds,
    options,
  );

export const myOffersQueryKey = (language: Language, status: OfferStatus | null) =>
  [...MATCHMAKING_QUERY_ROOT, 'myOffers', language, status] as const;

/** My talent offers and those of my organisations (every status, or one). */
export const useMyOffers = (status: OfferStatus | null = null, options: Options = {}) =>
  useMatchmakingQuery(
    (language) => myOffersQueryKey(language, status),
    (language, signal) => request(MyOffersDocument, { status }, { language, signal }),
    (data) => data.myOffers,
    options,
  );
