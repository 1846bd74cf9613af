import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { NeedDocument, OfferDocument } from '../graphql/documents';
import { MATCHMAKING_QUERY_ROOT, useMatchmakingQuery } from './query-root';

export const needQueryKey = (language: Language, id: string) => [...MATCHMAKING_QUERY_ROOT, 'need', language, id] as const;

/** An open need, or one of my organisations' in any status (ErrorCodes.NEED_NOT_FOUND otherwise). */
export const useNeed = (id: string) =>
  useMatchmakingQuery(
    (language) => needQueryKey(language, id),
    (language, signal) => request(NeedDocument, { id }, { language, signal }),
    (data) => data.need,
  );

export const offerQueryKey = (language: Language, id: string) => [...MATCHMAKING_QUERY_ROOT, 'offer', language, id] as const;

/** An open offer, or one of mine in any status (ErrorCodes.OFFER_NOT_FOUND otherwise). */
export const useOffer = (id: string) =>
  useMatchmakingQuery(
    (language) => offerQueryKey(language, id),
    (language, signal) => request(OfferDocument, { id }, { language, signal }),
    (data) => data.offer,
  );
