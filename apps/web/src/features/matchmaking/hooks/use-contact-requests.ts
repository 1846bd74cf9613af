import type { ContactBox, ContactRequestStatus } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { useQuery } from '@tanstack/react-query';
import {
  AnswerContactRequestDocument,
  ContactRequestsDocument,
  OpenContactRequestCountDocument,
  RequestContactDocument,
  WithdrawContactRequestDocument,
} from '../graphql/documents';
import { MATCHMAKING_QUERY_ROOT, useMatchmakingMutation } from './query-root';

export const CONTACT_REQUESTS_PAGE_SIZE = 20;

export const contactRequestsQueryKey = (language: Language, box: ContactBox, status: ContactRequestStatus | null) =>
  [...MATCHMAKING_QUERY_ROOT, 'contactRequests', language, box, status] as const;

/** Contact requests to my side (INBOX) or from it (OUTBOX), newest first, 20 per page. */
export function useContactRequests(box: ContactBox, status: ContactRequestStatus | null) {
  const language = useLanguage();
  return useConnectionQuery(contactRequestsQueryKey(language, box, status), async (after, signal) => {
    const data = await request(ContactRequestsDocument, { box, status, first: CONTACT_REQUESTS_PAGE_SIZE, after }, { language, signal });
    return data.contactRequests;
  });
}

export const openContactRequestCountQueryKey = () => [...MATCHMAKING_QUERY_ROOT, 'contactRequests', 'openCount'] as const;

/** How often the header asks for new incoming requests while the page stays open. */
export const OPEN_CONTACT_REQUESTS_REFRESH_MS = 60_000;

/** The number of pending requests to my side (for signed-in people only); fresh after every board change. */
export function useOpenContactRequestCount(signedIn: boolean) {
  return useQuery({
    queryKey: openContactRequestCountQueryKey(),
    queryFn: async ({ signal }) => (await request(OpenContactRequestCountDocument, {}, { signal })).contactRequests.totalCount,
    enabled: signedIn,
    refetchInterval: OPEN_CONTACT_REQUESTS_REFRESH_MS,
  });
}

export interface RequestContactVariables {
  needId: string;
  offerId: string;
  message: string;
}

/** Asks the other side of a need–offer pair for contact. */
export const useRequestContact = () =>
  useMatchmakingMutation(
    async (input: RequestContactVariables, language) => (await request(RequestContactDocument, { input }, { language })).requestContact,
  );

/** The receiving side accepts (both then see each other's contact details) or declines. */
export const useAnswerContactRequest = () =>
  useMatchmakingMutation(
    async ({ id, accept }: { id: string; accept: boolean }, language) =>
      (await request(AnswerContactRequestDocument, { id, accept }, { language })).answerContactRequest,
  );

/** Either side withdraws a pending or accepted request. */
export const useWithdrawContactRequest = () =>
  useMatchmakingMutation(
    async (id: string, language) => (await request(WithdrawContactRequestDocument, { id }, { language })).withdrawContactRequest,
  );
