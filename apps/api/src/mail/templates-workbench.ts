import type { Locale } from '@wiw/db';
import type { MailBlock } from './mail-format';

/**
 * Mails of the digital workbench, to both sides of a booking. `role` says whom: the company's
 * participant or the advisor; `when` is the local time in Europe/Berlin in the recipient's
 * language; `counterpart` the advisor (for participants) or the booking organisation.
 */
interface BookingMail {
  role: 'participant' | 'advisor';
  formatTitle: string;
  when: string;
  counterpart: string;
  place: string;
  link: string;
}

export interface WorkbenchMailTemplates {
  'booking-confirmed': BookingMail & { agenda: string };
  'booking-cancelled': BookingMail & { reason: string; cancelledBy: string };
  'booking-rescheduled': BookingMail & { previousWhen: string; reason?: string };
  'booking-reminder': BookingMail;
}

type Content = { subject: string; blocks: MailBlock[] };
type Definition<P> = { fields: ReadonlyArray<keyof P & string>; de: (p: P) => Content; en: (p: P) => Content };

const BASE = ['role', 'formatTitle', 'when', 'counterpart', 'place', 'link'] as const;

function withWhom(p: BookingMail, locale: Locale): string {
  if (locale === 'de') return p.role === 'participant' ? `mit ${p.counterpart}` : `für ${p.counterpart}`;
  return p.role === 'participant' ? `with ${p.counterpart}` : `for ${p.counterpart}`;
}

function details(p: BookingMail, locale: Locale): string {
  return locale === 'de'
    ? `„${p.formatTitle}“ ${withWhom(p, 'de')}\n${p.when}\nOrt: ${p.place}`
    : `“${p.formatTitle}” ${withWhom(p, 'en')}\n${p.when}\nPlace: ${p.place}`;
}

const ATTACHED = { de: 'Der Kalendereintrag (.ics) hängt an.', en: 'The calendar entry (.ics) is attached.' };

export function workbenchTemplates(signature: Record<Locale, string>): {
  [K in keyof WorkbenchMailTemplates]: Definition<WorkbenchMailTemplates[K]>;
} {
  return {
    'booking-confirmed': {
      fields: [...BASE, 'agenda'],
      de: (p) => ({
        subject: `Termin gebucht: ${p.formatTitle}, ${p.when}`,
        blocks: [
          'Guten Tag,',
          p.role === 'participant' ? 'Ihr Termin an der digitalen Werkbank ist gebucht:' : 'Bei Ihnen wurde ein Termin gebucht:',
          details(p, 'de'),
          `Agenda:\n${p.agenda}`,
          ATTACHED.de,
          { label: 'Termin ansehen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Booked: ${p.formatTitle}, ${p.when}`,
        blocks: [
          'Hello,',
          p.role === 'participant' ? 'Your consultation at the digital workbench is booked:' : 'A consultation was booked with you:',
          details(p, 'en'),
          `Agenda:\n${p.agenda}`,
          ATTACHED.en,
          { label: 'View the booking', link: p.link },
          signature.en,
        ],
      }),
    },
    'booking-cancelled': {
      fields: [...BASE, 'reason', 'cancelledBy'],
      de: (p) => ({
        subject: `Termin abgesagt: ${p.formatTitle}, ${p.when}`,
        blocks: [
          'Guten Tag,',
          `dieser Termin wurde von ${p.cancelledBy} abgesagt:`,
          details(p, 'de'),
          `Begründung: ${p.reason}`,
          'Der angehängte Kalendereintrag entfernt ihn aus Ihrem Kalender.',
          { label: 'Termin ansehen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Cancelled: ${p.formatTitle}, ${p.when}`,
        blocks: [
          'Hello,',
          `this consultation was cancelled by ${p.cancelledBy}:`,
          details(p, 'en'),
          `Reason: ${p.reason}`,
          'The attached calendar entry removes it from your calendar.',
          { label: 'View the booking', link: p.link },
          signature.en,
        ],
      }),
    },
    'booking-rescheduled': {
      fields: [...BASE, 'previousWhen'],
      de: (p) => ({
        subject: `Termin verschoben: ${p.formatTitle}, jetzt ${p.when}`,
        blocks: [
          'Guten Tag,',
          `dieser Termin wurde verschoben (bisher: ${p.previousWhen}):`,
          details(p, 'de'),
          ...(p.reason ? [`Begründung: ${p.reason}`] : []),
          ATTACHED.de,
          { label: 'Termin ansehen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Rescheduled: ${p.formatTitle}, now ${p.when}`,
        blocks: [
          'Hello,',
          `this consultation was moved (previously: ${p.previousWhen}):`,
          details(p, 'en'),
          ...(p.reason ? [`Reason: ${p.reason}`] : []),
          ATTACHED.en,
          { label: 'View the booking', link: p.link },
          signature.en,
        ],
      }),
    },
    'booking-reminder': {
      fields: [...BASE],
      de: (p) => ({
        subject: `Erinnerung: morgen ${p.formatTitle}`,
        blocks: [
          'Guten Tag,',
          'zur Erinnerung an Ihren Termin an der digitalen Werkbank:',
          details(p, 'de'),
          ATTACHED.de,
          { label: 'Termin ansehen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Reminder: ${p.formatTitle} tomorrow`,
        blocks: [
          'Hello,',
          'a reminder of your consultation at the digital workbench:',
          details(p, 'en'),
          ATTACHED.en,
          { label: 'View the booking', link: p.link },
          signature.en,
        ],
      }),
    },
  };
}
