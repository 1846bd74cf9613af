import type { Locale } from '@wiw/db';
import type { MailBlock } from './mail-format';

/** Mails of the skills matchmaking board (contact requests, expiring needs). */
export interface MatchmakingMailTemplates {
  'contact-requested': { senderLabel: string; needTitle: string; offerTitle: string; message: string; link: string };
  'contact-answered': { needTitle: string; offerTitle: string; outcome: 'accepted' | 'declined'; link: string };
  'contact-withdrawn': { needTitle: string; offerTitle: string; link: string };
  'need-expiring': { needTitle: string; expiresOn: string; link: string };
}

type Content = { subject: string; blocks: MailBlock[] };
type Definition<P> = { fields: ReadonlyArray<keyof P & string>; de: (p: P) => Content; en: (p: P) => Content };

export function matchmakingTemplates(signature: Record<Locale, string>): {
  [K in keyof MatchmakingMailTemplates]: Definition<MatchmakingMailTemplates[K]>;
} {
  return {
    'contact-requested': {
      fields: ['senderLabel', 'needTitle', 'offerTitle', 'message', 'link'],
      de: (p) => ({
        subject: `Kontaktanfrage: ${p.needTitle}`,
        blocks: [
          'Guten Tag,',
          `${p.senderLabel} möchte mit Ihnen Kontakt aufnehmen – zum Bedarf „${p.needTitle}“ und zum Angebot „${p.offerTitle}“. Die Nachricht:`,
          p.message,
          'Ihre Kontaktdaten sieht die andere Seite erst, wenn Sie die Anfrage annehmen.',
          { label: 'Anfrage ansehen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Contact request: ${p.needTitle}`,
        blocks: [
          'Hello,',
          `${p.senderLabel} would like to get in touch about the need “${p.needTitle}” and the offer “${p.offerTitle}”. The message:`,
          p.message,
          'The other side sees your contact details only once you accept the request.',
          { label: 'View the request', link: p.link },
          signature.en,
        ],
      }),
    },
    'contact-answered': {
      fields: ['needTitle', 'offerTitle', 'outcome', 'link'],
      de: (p) => ({
        subject: p.outcome === 'accepted' ? `Kontaktanfrage angenommen: ${p.needTitle}` : `Kontaktanfrage abgelehnt: ${p.needTitle}`,
        blocks: [
          'Guten Tag,',
          p.outcome === 'accepted'
            ? `Ihre Kontaktanfrage zu „${p.needTitle}“ / „${p.offerTitle}“ wurde angenommen. Die Kontaktdaten finden Sie jetzt im Portal.`
            : `Ihre Kontaktanfrage zu „${p.needTitle}“ / „${p.offerTitle}“ wurde leider abgelehnt.`,
          { label: 'Zu meinen Kontaktanfragen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: p.outcome === 'accepted' ? `Contact request accepted: ${p.needTitle}` : `Contact request declined: ${p.needTitle}`,
        blocks: [
          'Hello,',
          p.outcome === 'accepted'
            ? `Your contact request about “${p.needTitle}” / “${p.offerTitle}” was accepted. You find the contact details on the portal now.`
            : `Your contact request about “${p.needTitle}” / “${p.offerTitle}” was declined.`,
          { label: 'My contact requests', link: p.link },
          signature.en,
        ],
      }),
    },
    'contact-withdrawn': {
      fields: ['needTitle', 'offerTitle', 'link'],
      de: (p) => ({
        subject: `Kontakt zurückgezogen: ${p.needTitle}`,
        blocks: [
          'Guten Tag,',
          `die Kontaktanfrage zu „${p.needTitle}“ / „${p.offerTitle}“ wurde zurückgezogen.`,
          { label: 'Zu meinen Kontaktanfragen', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Contact withdrawn: ${p.needTitle}`,
        blocks: [
          'Hello,',
          `the contact request about “${p.needTitle}” / “${p.offerTitle}” was withdrawn.`,
          { label: 'My contact requests', link: p.link },
          signature.en,
        ],
      }),
    },
    'need-expiring': {
      fields: ['needTitle', 'expiresOn', 'link'],
      de: (p) => ({
        subject: `Ihr Bedarf läuft bald ab: ${p.needTitle}`,
        blocks: [
          'Guten Tag,',
          `Ihr Bedarf „${p.needTitle}“ wird am ${p.expiresOn} geschlossen. Wenn er noch aktuell ist, verlängern Sie ihn bitte um weitere 90 Tage.`,
          { label: 'Bedarf verlängern', link: p.link },
          signature.de,
        ],
      }),
      en: (p) => ({
        subject: `Your need expires soon: ${p.needTitle}`,
        blocks: [
          'Hello,',
          `Your need “${p.needTitle}” closes on ${p.expiresOn}. If it is still current, please renew it for another 90 days.`,
          { label: 'Renew the need', link: p.link },
          signature.en,
        ],
      }),
    },
  };
}
