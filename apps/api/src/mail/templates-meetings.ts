import type { Locale } from '@wiw/db';
import type { MailBlock } from './mail-format';

/**
 * Mails about partnership meetings, to invitees and participants. `when` is the local time in
 * Europe/Berlin in the recipient's language, `place` the place (and/or "online") likewise, `link`
 * the meeting page.
 */
interface MeetingMail {
  title: string;
  when: string;
  place: string;
  link: string;
}

export interface MeetingMailTemplates {
  /** `invitee`: the invited office's title or the organisation's name; `organiser`: the organiser organisation. */
  'meeting-invitation': MeetingMail & { invitee: string; organiser: string };
  /** A waitlisted registration got a seat; `code` is the registration code for check-in. */
  'meeting-promoted': MeetingMail & { code: string };
  'meeting-changed': MeetingMail & { previousWhen: string; previousPlace: string };
  'meeting-cancelled': MeetingMail;
  'meeting-reminder': MeetingMail;
}

type Content = { subject: string; blocks: MailBlock[] };
type Definition<P> = { fields: ReadonlyArray<keyof P & string>; de: (p: P) => Content; en: (p: P) => Content };

const BASE = ['title', 'when', 'place', 'link'] as const;

function details(p: MeetingMail, locale: Locale): string {
  return locale === 'de' ? `„${p.title}“\n${p.when}\nOrt: ${p.place}` : `“${p.title}”\n${p.when}\nPlace: ${p.place}`;
}

const ATTACHED = { de: 'Der Kalendereintrag (.ics) hängt an.', en: 'The calendar entry (.ics) is attached.' };
const VIEW = { de: 'Veranstaltung ansehen', en: 'View the meeting' };

export function meetingTemplates(signature: Record<Locale, string>): {
  [K in keyof MeetingMailTemplates]: Definition<MeetingMailTemplates[K]>;
} {
  /** Greeting, lead sentence, details, what else the mail says, the calendar note, the link, the signature. */
  const mail = (locale: Locale, p: MeetingMail, lead: string, more: string[] = [], attached = ATTACHED[locale]): MailBlock[] => [
    locale === 'de' ? 'Guten Tag,' : 'Hello,',
    lead,
    details(p, locale),
    ...more,
    attached,
    { label: VIEW[locale], link: p.link },
    signature[locale],
  ];
  return {
    'meeting-invitation': {
      fields: [...BASE, 'invitee', 'organiser'],
      de: (p) => ({
        subject: `Einladung: ${p.title}, ${p.when}`,
        blocks: mail('de', p, `${p.organiser} lädt ${p.invitee} ein:`, [
          'Bitte antworten Sie auf der Seite der Veranstaltung mit Zusage, Absage oder Vertretung; wer das Amt bei der Antwort innehat, antwortet dafür.',
        ]),
      }),
      en: (p) => ({
        subject: `Invitation: ${p.title}, ${p.when}`,
        blocks: mail('en', p, `${p.organiser} invites ${p.invitee}:`, [
          'Please answer yes, no or deputy on the meeting page; whoever holds the office when answering answers for it.',
        ]),
      }),
    },
    'meeting-promoted': {
      fields: [...BASE, 'code'],
      de: (p) => ({
        subject: `Platz frei: Sie sind angemeldet – ${p.title}`,
        blocks: mail('de', p, 'ein Platz ist frei geworden: Ihre Anmeldung von der Warteliste ist jetzt bestätigt.', [
          `Ihr Anmeldecode (für den Check-in): ${p.code}`,
        ]),
      }),
      en: (p) => ({
        subject: `A seat is yours: you are registered – ${p.title}`,
        blocks: mail('en', p, 'a seat has become free: your registration from the waitlist is now confirmed.', [
          `Your registration code (for check-in): ${p.code}`,
        ]),
      }),
    },
    'meeting-changed': {
      fields: [...BASE, 'previousWhen', 'previousPlace'],
      de: (p) => ({
        subject: `Geändert: ${p.title}, jetzt ${p.when}`,
        blocks: mail('de', p, 'Zeit oder Ort dieser Veranstaltung haben sich geändert. Neu:', [
          `Bisher: ${p.previousWhen}, ${p.previousPlace}`,
          'Der angehängte Kalendereintrag verschiebt den Termin in Ihrem Kalender.',
        ]),
      }),
      en: (p) => ({
        subject: `Changed: ${p.title}, now ${p.when}`,
        blocks: mail('en', p, 'the time or place of this meeting has changed. Now:', [
          `Previously: ${p.previousWhen}, ${p.previousPlace}`,
          'The attached calendar entry moves it in your calendar.',
        ]),
      }),
    },
    'meeting-cancelled': {
      fields: [...BASE],
      de: (p) => ({
        subject: `Abgesagt: ${p.title}, ${p.when}`,
        blocks: mail('de', p, 'diese Veranstaltung wurde abgesagt:', [], 'Der angehängte Kalendereintrag entfernt sie aus Ihrem Kalender.'),
      }),
      en: (p) => ({
        subject: `Cancelled: ${p.title}, ${p.when}`,
        blocks: mail('en', p, 'this meeting was cancelled:', [], 'The attached calendar entry removes it from your calendar.'),
      }),
    },
    'meeting-reminder': {
      fields: [...BASE],
      de: (p) => ({ subject: `Erinnerung: morgen ${p.title}`, blocks: mail('de', p, 'zur Erinnerung an diese Veranstaltung:') }),
      en: (p) => ({ subject: `Reminder: ${p.title} tomorrow`, blocks: mail('en', p, 'a reminder of this meeting:') }),
    },
  };
}
