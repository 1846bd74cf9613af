import type { Locale } from '@wiw/db';
import { oneLine, renderHtml, renderText, type MailBlock } from './mail-format';
import { matchmakingTemplates, type MatchmakingMailTemplates } from './templates-matchmaking';
import { meetingTemplates, type MeetingMailTemplates } from './templates-meetings';
import { workbenchTemplates, type WorkbenchMailTemplates } from './templates-workbench';

/** Every mail the portal sends, by stable template name, with the parameters it needs. */
export interface MailTemplates extends MatchmakingMailTemplates, WorkbenchMailTemplates, MeetingMailTemplates {
  'verify-email': { name: string; link: string };
  'reset-password': { name: string; link: string };
  invitation: { organisationName: string; inviterName: string; link: string };
}

export type TemplateName = keyof MailTemplates;

/** A mail to enqueue: the payload type follows from the template name. */
export type MailRequest = {
  [K in TemplateName]: { template: K; recipient: string; locale: Locale; payload: MailTemplates[K] };
}[TemplateName];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Content {
  subject: string;
  blocks: MailBlock[];
}

type Definition<P> = { fields: ReadonlyArray<keyof P & string>; de: (p: P) => Content; en: (p: P) => Content };

const SIGNATURE: Record<Locale, string> = {
  de: 'Mit freundlichen Grüßen\nIhre Geschäftsstelle der Wirtschaftsinitiative Westfalen',
  en: 'Kind regards\nThe joint office of the Wirtschaftsinitiative Westfalen',
};

const TEMPLATES: { [K in TemplateName]: Definition<MailTemplates[K]> } = {
  'verify-email': {
    fields: ['name', 'link'],
    de: (p) => ({
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      blocks: [
        `Guten Tag ${p.name},`,
        'vielen Dank für Ihre Registrierung im Partnerportal der Wirtschaftsinitiative Westfalen. ' +
          'Bitte bestätigen Sie Ihre E-Mail-Adresse, damit Sie das Portal nutzen können.',
        { label: 'E-Mail-Adresse bestätigen', link: p.link },
        'Der Link ist nur für begrenzte Zeit gültig. Falls Sie sich nicht registriert haben, können Sie diese Nachricht einfach ignorieren.',
        SIGNATURE.de,
      ],
    }),
    en: (p) => ({
      subject: 'Please confirm your e-mail address',
      blocks: [
        `Hello ${p.name},`,
        'thank you for signing up to the partner portal of the Wirtschaftsinitiative Westfalen. ' +
          'Please confirm your e-mail address so that you can use the portal.',
        { label: 'Confirm e-mail address', link: p.link },
        'The link is valid for a limited time only. If you did not sign up, you can simply ignore this message.',
        SIGNATURE.en,
      ],
    }),
  },
  'reset-password': {
    fields: ['name', 'link'],
    de: (p) => ({
      subject: 'Ihr neues Passwort für das Partnerportal',
      blocks: [
        `Guten Tag ${p.name},`,
        'Sie haben ein neues Passwort für das Partnerportal der Wirtschaftsinitiative Westfalen angefordert. Über diesen Link können Sie es festlegen:',
        { label: 'Neues Passwort festlegen', link: p.link },
        'Der Link ist nur für begrenzte Zeit gültig und kann nur einmal verwendet werden. ' +
          'Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht bitte; Ihr bisheriges Passwort bleibt gültig.',
        SIGNATURE.de,
      ],
    }),
    en: (p) => ({
      subject: 'Your new password for the partner portal',
      blocks: [
        `Hello ${p.name},`,
        'you asked for a new password for the partner portal of the Wirtschaftsinitiative Westfalen. You can set it with this link:',
        { label: 'Set a new password', link: p.link },
        'The link is valid for a limited time and can be used only once. ' +
          'If you did not ask for this, please ignore this message; your current password stays valid.',
        SIGNATURE.en,
      ],
    }),
  },
  invitation: {
    fields: ['organisationName', 'inviterName', 'link'],
    de: (p) => ({
      subject: `Einladung: ${p.organisationName} im Partnerportal`,
      blocks: [
        'Guten Tag,',
        `${p.inviterName} lädt Sie ein, im Partnerportal der Wirtschaftsinitiative Westfalen für „${p.organisationName}“ mitzuarbeiten.`,
        { label: 'Einladung annehmen', link: p.link },
        'Die Einladung ist nur für begrenzte Zeit gültig. Falls Sie damit nichts anfangen können, ignorieren Sie diese Nachricht bitte einfach.',
        SIGNATURE.de,
      ],
    }),
    en: (p) => ({
      subject: `Invitation: ${p.organisationName} on the partner portal`,
      blocks: [
        'Hello,',
        `${p.inviterName} invites you to work for “${p.organisationName}” on the partner portal of the Wirtschaftsinitiative Westfalen.`,
        { label: 'Accept the invitation', link: p.link },
        'The invitation is valid for a limited time only. If you did not expect it, please simply ignore this message.',
        SIGNATURE.en,
      ],
    }),
  },
  ...matchmakingTemplates(SIGNATURE),
  ...workbenchTemplates(SIGNATURE),
  ...meetingTemplates(SIGNATURE),
};

export class MailTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name);
}

const MAX_FIELD_LENGTH = 2000;

/**
 * Renders subject, plain text and HTML of a mail in the recipient's language. Throws a
 * MailTemplateError for an unknown template or a payload without the template's text fields.
 */
export function renderMail(template: string, locale: Locale, payload: unknown): RenderedMail {
  if (!isTemplateName(template)) throw new MailTemplateError(`unknown mail template "${template}"`);
  const definition = TEMPLATES[template] as Definition<Record<string, string>>;
  const values = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  for (const field of definition.fields) {
    const value = values[field];
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_FIELD_LENGTH) {
      throw new MailTemplateError(`mail template "${template}" needs a non-empty text "${field}"`);
    }
  }
  const content = (locale === 'en' ? definition.en : definition.de)(values as Record<string, string>);
  const subject = oneLine(content.subject);
  return { subject, text: renderText(content.blocks), html: renderHtml(locale === 'en' ? 'en' : 'de', subject, content.blocks) };
}
