import type { Locale } from '@wiw/db';
import type { CalendarEvent } from './ics';

/**
 * A feature's part of a person's private calendar feed (e.g. the meetings they attend). The feed
 * (workbench/calendar) asks every contribution and merges the events, so it knows no feature's
 * tables; the composition module beside app.module hands it the contributions.
 */
export interface CalendarFeedContribution {
  /** The person's events starting at `since` or later, at most `limit`, cancelled ones included (as STATUS:CANCELLED). */
  eventsFor(person: { id: string; locale: Locale }, since: Date, limit: number): Promise<CalendarEvent[]>;
}

/** All contributions, provided by calendar-feed-contributions.module.ts. */
export const CALENDAR_FEED_CONTRIBUTIONS = Symbol('CALENDAR_FEED_CONTRIBUTIONS');
