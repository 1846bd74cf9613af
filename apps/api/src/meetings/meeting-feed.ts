import { Inject, Injectable } from '@nestjs/common';
import type { Locale, PrismaClient } from '@wiw/db';
import type { CalendarFeedContribution } from '../common/calendar/feed-contributions';
import type { CalendarEvent } from '../common/calendar/ics';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { meetingEvent } from './meeting-calendar';

/**
 * My meetings in my personal calendar feed: those where I hold a seat, and those I accepted an
 * invitation to (as the current holder of an office that said yes, the member who said yes for an
 * organisation, or the named deputy). Cancelled meetings stay in with STATUS:CANCELLED, so
 * subscribed calendars remove them; the event is the one of the per-meeting file and the mails
 * (same UID and SEQUENCE), with the online link, which all of these people may see.
 */
@Injectable()
export class MeetingFeedContribution implements CalendarFeedContribution {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async eventsFor(person: { id: string; locale: Locale }, since: Date, limit: number): Promise<CalendarEvent[]> {
    const userId = person.id;
    const meetings = await this.prisma.meeting.findMany({
      where: {
        startsAt: { gte: since },
        OR: [
          { registrations: { some: { userId, status: 'REGISTERED' } } },
          {
            invitations: {
              some: {
                OR: [
                  { answer: 'DEPUTY', deputyId: userId },
                  { answer: 'YES', office: { terms: { some: { userId, endedAt: null } } } },
                  { answer: 'YES', answeredById: userId, organisation: { memberships: { some: { userId } } } },
                ],
              },
            },
          },
        ],
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    return meetings.map((meeting) => meetingEvent(meeting, this.config.publicUrl, true));
  }
}
