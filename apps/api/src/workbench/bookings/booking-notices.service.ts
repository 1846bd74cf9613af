import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Prisma } from '@wiw/db';
import { isMember } from '../../access';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { type OutboxMailRequest, OutboxService } from '../../mail';
import { bookingAttachment, bookingFileName, slotEvent, type SlotForCalendar } from '../calendar/booking-events';
import { calendarFile } from '../../common/calendar/ics';
import { formatWhen } from '../../common/calendar/when';

type Db = Prisma.TransactionClient;
export type BookingNotice =
  | { template: 'booking-confirmed' }
  | { template: 'booking-cancelled'; reason: string; cancelledBy: string }
  | { template: 'booking-rescheduled'; previousSlotId: string; previousStart: Date; previousEnd: Date; reason: string | null }
  | { template: 'booking-reminder'; to?: 'participant' | 'advisor' };

const PLACE = { de: 'online (Link im Kalendereintrag)', en: 'online (link in the calendar entry)' } as const;

/**
 * Tells both sides of a booking what happened, in the transaction of the change, each in their
 * language with the calendar entry attached (the booking for the participant, the whole slot for
 * the advisor, matching their iCal feeds).
 */
@Injectable()
export class BookingNoticesService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(tx: Db, bookingId: string, notice: BookingNotice): Promise<void> {
    const booking = await tx.booking.findUniqueOrThrow({
      where: { id: bookingId },
      include: { slot: { include: { format: true, advisor: true } }, organisation: true, bookedBy: true },
    });
    const { slot } = booking;
    const link = `${this.config.publicUrl}/werkbank/termine/${booking.id}`;
    const when = (locale: Locale) => formatWhen(slot.startsAt, slot.endsAt, locale);
    const place = (locale: Locale) => slot.format.location ?? PLACE[locale];
    const extra = (locale: Locale) => {
      switch (notice.template) {
        case 'booking-confirmed':
          return { agenda: booking.agenda };
        case 'booking-cancelled':
          return { reason: notice.reason, cancelledBy: notice.cancelledBy };
        case 'booking-rescheduled':
          return { previousWhen: formatWhen(notice.previousStart, notice.previousEnd, locale), ...(notice.reason ? { reason: notice.reason } : {}) };
        default:
          return {};
      }
    };
    const only = notice.template === 'booking-reminder' ? notice.to : undefined;
    // Only while they still belong to the booking organisation: a former member hears no more of it.
    const bookedBy = booking.bookedBy && !booking.bookedBy.deletedAt ? booking.bookedBy : null;
    const participant = bookedBy && (await isMember(tx, bookedBy.id, booking.organisationId)) ? bookedBy : null;
    if (participant && only !== 'advisor') {
      const locale = participant.locale;
      await this.outbox.enqueue(tx, {
        template: notice.template,
        recipient: participant.email,
        locale,
        payload: {
          role: 'participant',
          formatTitle: slot.format.title,
          when: when(locale),
          counterpart: slot.advisor.name,
          place: place(locale),
          link,
          ...extra(locale),
        },
        attachments: [bookingAttachment({ ...booking, slot }, locale, this.config.publicUrl)],
      } as unknown as OutboxMailRequest);
    }
    const advisor = slot.advisor.deletedAt ? null : slot.advisor;
    if (advisor && only !== 'participant') {
      const locale = advisor.locale;
      const SLOT_INCLUDE = { format: true, bookings: { include: { organisation: true }, orderBy: { createdAt: 'asc' } } } as const;
      const withBookings = await tx.slot.findUniqueOrThrow({ where: { id: slot.id }, include: SLOT_INCLUDE });
      // A move also changes the slot left behind: cancelled (METHOD:CANCEL, its UID, a higher
      // SEQUENCE) when it is empty now, else updated, so the advisor's calendar keeps no ghost.
      const left =
        notice.template === 'booking-rescheduled'
          ? await tx.slot.findUniqueOrThrow({ where: { id: notice.previousSlotId }, include: SLOT_INCLUDE })
          : null;
      // The reminder is about the whole session: every company still booked, not only one of them.
      const companies =
        notice.template === 'booking-reminder'
          ? [...new Set(withBookings.bookings.filter((row) => row.status === 'CONFIRMED').map((row) => row.organisation.name))]
          : [booking.organisation.name];
      await this.outbox.enqueue(tx, {
        template: notice.template,
        recipient: advisor.email,
        locale,
        payload: {
          role: 'advisor',
          formatTitle: slot.format.title,
          when: when(locale),
          counterpart: new Intl.ListFormat(locale, { type: 'conjunction' }).format(companies),
          place: place(locale),
          link: `${this.config.publicUrl}/werkbank/beratung`,
          ...extra(locale),
        },
        attachments: [
          ...(left ? [this.leftSlotAttachment(left, advisor, locale)] : []),
          {
            filename: bookingFileName(slot.startsAt),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: calendarFile([slotEvent(withBookings, locale, this.config.publicUrl)], { name: slot.format.title }),
          },
        ],
      } as unknown as OutboxMailRequest);
    }
  }

  /** The slot a booking moved away from, for its advisor: cancelled by them (METHOD:CANCEL) when empty, else updated. */
  private leftSlotAttachment(left: SlotForCalendar, advisor: { name: string; email: string }, locale: Locale) {
    const event = slotEvent(left, locale, this.config.publicUrl);
    const cancelled = left.status === 'CANCELLED';
    const method = cancelled ? 'CANCEL' : 'PUBLISH';
    return {
      filename: bookingFileName(left.startsAt).replace(/\.ics$/, cancelled ? '-abgesagt.ics' : '-alt.ics'),
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: calendarFile([cancelled ? { ...event, organizer: { name: advisor.name, email: advisor.email } } : event], {
        name: left.format.title,
        method,
      }),
    };
  }
}
