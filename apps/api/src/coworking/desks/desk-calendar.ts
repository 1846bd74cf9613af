import { Controller, Get, Header, Inject, Injectable, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Locale, PrismaClient } from '@wiw/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { calendarFile } from '../../common/calendar/ics';
import { isUuid } from '../../common/pagination/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PRISMA } from '../../database/database.module';
import { isoDay } from './desk-bookings.service';

const TEXT: Record<Locale, { summary: (place: string) => string; description: string; calendar: string }> = {
  de: {
    summary: (place) => `Schreibtisch: ${place}`,
    description: 'Tagesschreibtisch, gebucht über das Partnerportal der Wirtschaftsinitiative Westfalen.',
    calendar: 'Coworking – Wirtschaftsinitiative Westfalen',
  },
  en: {
    summary: (place) => `Desk: ${place}`,
    description: 'Day desk booked through the partner portal of the Wirtschaftsinitiative Westfalen.',
    calendar: 'Co-working – Wirtschaftsinitiative Westfalen',
  },
};

/** The calendar file of one desk day: an all-day event in the booker's language. */
@Injectable()
export class DeskCalendarService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async file(user: { id: string; locale: Locale }, id: string): Promise<{ filename: string; content: string } | null> {
    const booking = isUuid(id)
      ? await this.prisma.deskBooking.findUnique({ where: { id }, include: { place: { include: { municipality: true } } } })
      : null;
    if (!booking || booking.userId !== user.id) return null;
    const { place } = booking;
    const text = TEXT[user.locale];
    const day = isoDay(booking.date);
    const event = {
      uid: `desk-booking-${booking.id}@wirtschaftsinitiative-westfalen.de`,
      sequence: booking.sequence,
      status: booking.status,
      day,
      summary: text.summary(place.name),
      description: `${text.description}\n${place.openingHours}`,
      location: `${place.name}, ${place.street}, ${place.postalCode} ${place.municipality.name}`,
      url: `${this.config.publicUrl}/coworking/orte/${place.id}`,
      organizer: null,
    };
    return { filename: `schreibtisch-${day}.ics`, content: calendarFile([event], { name: text.calendar }) };
  }
}

/** GET /coworking/desk-bookings/:id/calendar.ics for the person who booked; anything else is a 404. */
@Controller()
export class DeskCalendarController {
  constructor(private readonly files: DeskCalendarService) {}

  @Get('coworking/desk-bookings/:id/calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'no-store')
  async download(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const download = await this.files.file(request.auth!.user, id);
    if (!download) throw new NotFoundException();
    reply.header('content-disposition', `attachment; filename="${download.filename}"`);
    return download.content;
  }
}
