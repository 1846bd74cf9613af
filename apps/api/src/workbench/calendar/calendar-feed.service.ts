import { Inject, Injectable } from '@nestjs/common';
import type { CalendarFeed, Locale, PrismaClient } from '@wiw/db';
import { isMember } from '../../access';
import { AuditService } from '../../audit';
import { hashToken, newToken } from '../../common/auth/tokens';
import { isUuid } from '../../common/pagination/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PRISMA } from '../../database/database.module';
import { BOOKING_CALENDAR_NAME, bookingEvent, bookingFileName, slotEvent } from './booking-events';
import { CALENDAR_FEED_CONTRIBUTIONS, type CalendarFeedContribution } from '../../common/calendar/feed-contributions';
import { calendarFile, type CalendarEvent } from '../../common/calendar/ics';

/** How far back a feed reaches: recent appointments stay visible, cancelled ones get removed. */
export const FEED_PAST_DAYS = 30;
/** At most this many events in one feed (bookings and advised slots together), the earliest first. */
export const FEED_MAX_EVENTS = 1000;
/** Calendar clients are asked to reload the feed this often. */
const FEED_REFRESH_SECONDS = 3600;
/** newToken(): 32 random bytes in base64url are 43 characters. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const FEED_NAME: Record<Locale, string> = {
  de: 'Meine Termine – Wirtschaftsinitiative Westfalen',
  en: 'My appointments – Wirtschaftsinitiative Westfalen',
};

export interface CalendarDownload {
  filename: string;
  content: string;
}

/**
 * Private iCal feeds: the URL carries a token of 256 random bits, the database only its SHA-256
 * (like sessions), one feed per person. Regenerating replaces the token, so the old URL stops
 * working at once; revoking deletes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    @Inject(CALENDAR_FEED_CONTRIBUTIONS) private readonly contributions: readonly CalendarFeedContribution[],
  ) {}

  status(userId: string): Promise<CalendarFeed | null> {
    return this.prisma.calendarFeed.findUnique({ where: { userId } });
  }

  /** A new secret URL for my feed; any previous one stops working. The URL is shown only now. */
  async regenerate(userId: string, requestId: string): Promise<{ url: string; createdAt: Date }> {
    const token = newToken();
    const createdAt = new Date();
    await this.prisma.$transaction(async (tx) => {
      const previous = await tx.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
      await tx.calendarFeed.upsert({
        where: { userId },
        create: { userId, tokenHash: hashToken(token), createdAt },
        update: { tokenHash: hashToken(token), createdAt },
      });
      await this.audit.record(tx, {
        actorUserId: userId,
        action: 'calendar_feed.regenerated',
        entityType: 'CalendarFeed',
        entityId: userId,
        changes: { replacedFeedOf: previous?.createdAt.toISOString() ?? null },
        requestId,
      });
    });
    return { url: this.feedUrl(token), createdAt };
  }

  /** Turns my feed off; false when there was none. */
  async revoke(userId: string, requestId: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.calendarFeed.deleteMany({ where: { userId } });
      if (count === 0) return false;
      await this.audit.record(tx, { actorUserId: userId, action: 'calendar_feed.revoked', entityType: 'CalendarFeed', entityId: userId, requestId });
      return true;
    });
  }

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  /**
   * The feed behind a token, or null for a malformed, unknown or revoked token and for a deleted
   * account: the bookings the person made, the slots they advise and what other features contribute
   * (their meetings), from 30 days ago on, cancelled ones included (so subscribed calendars remove them).
   */
  async feed(token: string, now: Date = new Date()): Promise<string | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const feed = await this.prisma.calendarFeed.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { user: { select: { id: true, locale: true, deletedAt: true } } },
    });
    if (!feed || feed.user.deletedAt) return null;
    const { id: userId, locale } = feed.user;
    const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 3600_000);
    const [bookings, slots, ...contributed] = await Promise.all([
      this.prisma.booking.findMany({
        // Bookings of organisations the person still belongs to: a former member's feed drops them.
        where: { bookedById: userId, organisation: { memberships: { some: { userId } } }, slot: { startsAt: { gte: since } } },
        include: { organisation: true, slot: { include: { format: true, advisor: true } } },
        orderBy: [{ slot: { startsAt: 'asc' } }, { id: 'asc' }],
        take: FEED_MAX_EVENTS,
      }),
      this.prisma.slot.findMany({
        where: { advisorId: userId, startsAt: { gte: since } },
        include: { format: true, bookings: { include: { organisation: true } } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: FEED_MAX_EVENTS,
      }),
      ...this.contributions.map((contribution) => contribution.eventsFor({ id: userId, locale }, since, FEED_MAX_EVENTS)),
    ]);
    const publicUrl = this.config.publicUrl;
    const events: CalendarEvent[] = [
      ...bookings.map((booking) => bookingEvent(booking, locale, publicUrl)),
      ...slots.map((slot) => slotEvent(slot, locale, publicUrl)),
      ...contributed.flat(),
    ];
    events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
    return calendarFile(events.slice(0, FEED_MAX_EVENTS), { name: FEED_NAME[locale], refreshIntervalSeconds: FEED_REFRESH_SECONDS });
  }

  /**
   * One booking as a file for a participant (a member of the booking organisation) or the slot's
   * advisor, or null for anyone else and for an id that is no booking. The advisor gets the
   * slot's event (the UID of their feed), so importing it does not duplicate the appointment.
   */
  async bookingFile(user: { id: string; locale: Locale }, bookingId: string): Promise<CalendarDownload | null> {
    if (!isUuid(bookingId)) return null;
    const booking = await this.prisma.booking.findUnique({
      where: { id: bookingId },
      include: { organisation: true, slot: { include: { format: true, advisor: true } } },
    });
    if (!booking) return null;
    const participant = await isMember(this.prisma, user.id, booking.organisationId);
    const isAdvisor = booking.slot.advisorId === user.id;
    if (!participant && !isAdvisor) return null;
    let event: CalendarEvent;
    if (participant) {
      event = bookingEvent(booking, user.locale, this.config.publicUrl);
    } else {
      const bookings = await this.prisma.booking.findMany({ where: { slotId: booking.slotId }, include: { organisation: true } });
      event = slotEvent({ ...booking.slot, bookings }, user.locale, this.config.publicUrl);
    }
    return { filename: bookingFileName(booking.slot.startsAt), content: calendarFile([event], { name: BOOKING_CALENDAR_NAME[user.locale] }) };
  }
}
