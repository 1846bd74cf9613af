import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { instantToZoned, isRepeatedWallTime, PORTAL_TIME_ZONE } from '@wiw/domain';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus, type ICalDayJsStub } from 'ical-generator';

/** One appointment as calendars see it; the same UID with a higher SEQUENCE updates it. */
export interface CalendarEvent {
  /** Stable and globally unique, e.g. booking-<id>@wirtschaftsinitiative-westfalen.de. */
  uid: string;
  /** Raised on every change a calendar must follow (RFC 5545 SEQUENCE). */
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: { name: string; email: string } | null;
}

export interface CalendarFileOptions {
  /** Shown as the calendar's name (X-WR-CALNAME) when subscribed. */
  name: string;
  /** PUBLISH (default) for feeds and plain "add to calendar" files. REQUEST/CANCEL need an organizer on every event: without, PUBLISH is used. */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** How often subscribers should reload the feed (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshIntervalSeconds?: number;
}

const PRODUCT = { company: 'Wirtschaftsinitiative Westfalen', product: 'Partnerportal', language: 'DE' } as const;

const METHODS: Record<NonNullable<CalendarFileOptions['method']>, ICalCalendarMethod> = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

/** Text the way iCalendar wants it: one kind of line break (escaped as \n by the generator), no other control characters. */
function clean(text: string): string {
  const printable = (char: string): boolean => {
    const code = char.charCodeAt(0);
    return code === 0x09 || code === 0x0a || (code >= 0x20 && code !== 0x7f);
  };
  return Array.from(text.replace(/\r\n?/g, '\n')).filter(printable).join('');
}

/** The calendar's name: ical-generator writes NAME and X-WR-CALNAME unescaped, so it is made one escaped line here. */
function calendarName(text: string): string {
  return clean(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\;,]/g, (match) => `\\${match}`);
}

/**
 * An instant as Berlin wall-clock time (the domain's calendar), in the shape ical-generator takes
 * from date libraries: it writes DTSTART;TZID=Europe/Berlin:… with these digits, whatever the
 * server's zone. Offsets are whole minutes, so the seconds are the instant's own.
 */
function inPortalZone(instant: Date): ICalDayJsStub {
  const { date, time } = instantToZoned(instant);
  const digits = { YYYYMMDD: date.replace(/-/g, ''), HHmmss: `${time.replace(':', '')}${String(instant.getUTCSeconds()).padStart(2, '0')}` };
  return {
    format: (pattern = 'YYYYMMDD') => {
      if (pattern !== 'YYYYMMDD' && pattern !== 'HHmmss') throw new RangeError(`Unexpected date pattern: ${pattern}`);
      return digits[pattern];
    },
    isValid: () => true,
    toDate: () => instant,
    toJSON: () => instant.toJSON(),
  };
}

/**
 * True when the event starts or ends in the repeated hour of the autumn change (02:00–03:00 on
 * the last Sunday of October in Berlin): a local time there names two instants, and RFC 5545 reads
 * it as the first, so 02:30 CET would show an hour early. Such an event is written in UTC.
 */
function inRepeatedHour(event: CalendarEvent): boolean {
  return isRepeatedWallTime(event.start) || isRepeatedWallTime(event.end);
}

/**
 * An iCalendar file (RFC 5545, CRLF line endings, folded at 75 octets) with the events in
 * Europe/Berlin time and the VTIMEZONE that defines it, except events in the repeated autumn
 * hour, whose start and end are both written in UTC (…Z), the one unambiguous form. The calendar
 * itself gets no time zone (`name: null`): DTSTAMP stays in UTC as the RFC requires, and the
 * generator still emits a VTIMEZONE for the zone the events use.
 */
export function calendarFile(events: CalendarEvent[], options: CalendarFileOptions): string {
  // iTIP's REQUEST and CANCEL need an ORGANIZER (RFC 5546); without one the file is published instead.
  const method = events.some((event) => !event.organizer) ? 'PUBLISH' : (options.method ?? 'PUBLISH');
  const calendar = new ICalCalendar({
    prodId: PRODUCT,
    name: calendarName(options.name),
    method: METHODS[method],
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(options.refreshIntervalSeconds ? { ttl: options.refreshIntervalSeconds } : {}),
  });
  for (const event of events) {
    const utc = inRepeatedHour(event);
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: utc ? event.start : inPortalZone(event.start),
      end: utc ? event.end : inPortalZone(event.end),
      timezone: utc ? null : PORTAL_TIME_ZONE,
      stamp: new Date(),
      summary: clean(event.summary),
      description: clean(event.description),
      location: event.location ? clean(event.location) : null,
      url: event.url,
      organizer: event.organizer ? { name: clean(event.organizer.name), email: event.organizer.email } : null,
    });
  }
  return calendar.toString();
}
