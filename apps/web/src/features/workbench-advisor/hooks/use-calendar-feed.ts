import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { AdvisorCalendarFeedDocument, AdvisorRegenerateCalendarFeedDocument, AdvisorRevokeCalendarFeedDocument } from '../graphql/documents';
import { ADVISOR_QUERY_ROOT, useAdvisorMutation, useAdvisorQuery } from './query-root';

export const calendarFeedQueryKey = (language: Language) => [...ADVISOR_QUERY_ROOT, 'calendarFeed', language] as const;

/** Whether my calendar feed is active (its URL is never shown again). */
export const useCalendarFeed = () =>
  useAdvisorQuery(
    calendarFeedQueryKey,
    (language, signal) => request(AdvisorCalendarFeedDocument, {}, { language, signal }),
    (data) => data.myCalendarFeed,
  );

/** A new secret URL (shown only in this answer); a previous one stops working. */
export const useRegenerateCalendarFeed = () =>
  useAdvisorMutation(async (_: void, language) => (await request(AdvisorRegenerateCalendarFeedDocument, {}, { language })).regenerateCalendarFeed);

export const useRevokeCalendarFeed = () => useAdvisorMutation(async (_: void, language) => (await request(AdvisorRevokeCalendarFeedDocument, {}, { language })).revokeCalendarFeed);
