import type { Locale, Meeting } from '@wiw/db';
import { berlinDate } from '@wiw/domain';
import { calendarFile, type CalendarEvent } from '../common/calendar/ics';

const UID_DOMAIN = 'wirtschaftsinitiative-westfalen.de';
const CALENDAR_NAME: Record<Locale, string> = {
  de: 'Veranstaltung – Wirtschaftsinitiative Westfalen',
  en: 'Event – Wirtschaftsinitiative Westfalen',
};

/** The meeting as a calendar event: the same UID for every file, SEQUENCE from the meeting, so calendars move the entry. */
export function meetingEvent(meeting: Meeting, publicUrl: string, withLink: boolean): CalendarEvent {
  const where = [meeting.place, withLink ? meeting.onlineLink : null].filter(Boolean).join(' · ');
  return {
    uid: `meeting-${meeting.id}@${UID_DOMAIN}`,
    sequence: meeting.sequence,
    status: meeting.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title,
    description: meeting.description,
    location: where || null,
    url: `${publicUrl}/veranstaltungen/${meeting.id}`,
    organizer: null,
  };
}

/** "veranstaltung-2027-03-25.ics", or with a suffix ("veranstaltung-2027-03-25-abgesagt.ics"). */
export function meetingFileName(meeting: Pick<Meeting, 'startsAt'>, suffix: string | null = null): string {
  return `veranstaltung-${berlinDate(meeting.startsAt)}${suffix ? `-${suffix}` : ''}.ics`;
}

/** One meeting as a .ics file. */
export function meetingFile(meeting: Meeting, locale: Locale, publicUrl: string, withLink: boolean): { filename: string; content: string } {
  return {
    filename: meetingFileName(meeting),
    content: calendarFile([meetingEvent(meeting, publicUrl, withLink)], { name: CALENDAR_NAME[locale] }),
  };
}
