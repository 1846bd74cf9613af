import type { AuditEvent } from '@wiw/db';
import type { Locale } from '../common/i18n/locale';

type Changes = Record<string, unknown>;
type Texts = { de: (c: Changes) => string; en: (c: Changes) => string };

/** A recorded value as text: strings and numbers as they are, anything else as "–". */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '–');
const part = (value: unknown, side: 'from' | 'to'): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[side] : undefined;
const from = (value: unknown): string => text(part(value, 'from'));
const to = (value: unknown): string => text(part(value, 'to'));

/**
 * What the public history of a project says for each audited action. Applications are told
 * without the lead's reasons or the applicant's note, which only the two sides see.
 */
const TEXTS: Record<string, Texts> = {
  'project.proposed': { de: () => 'Projekt vorgeschlagen', en: () => 'Project proposed' },
  'project.approved': { de: () => 'Von der Geschäftsstelle bestätigt', en: () => 'Approved by the joint office' },
  'project.rejected': { de: () => 'Von der Geschäftsstelle abgelehnt', en: () => 'Rejected by the joint office' },
  'project.updated': {
    de: (c) => `Angaben geändert: ${Object.keys(c).join(', ')}${c.status ? ` (Status ${from(c.status)} → ${to(c.status)})` : ''}`,
    en: (c) => `Details changed: ${Object.keys(c).join(', ')}${c.status ? ` (status ${from(c.status)} → ${to(c.status)})` : ''}`,
  },
  'project.update-posted': { de: () => 'Projektstand veröffentlicht', en: () => 'Progress update posted' },
  'milestone.added': {
    de: (c) => `Meilenstein „${text(c.title)}“ angelegt, fällig ${text(c.dueOn)}`,
    en: (c) => `Milestone "${text(c.title)}" added, due ${text(c.dueOn)}`,
  },
  'milestone.moved': {
    de: (c) => `Meilenstein „${text(c.title)}“ verschoben von ${from(c.dueOn)} auf ${to(c.dueOn)}: ${text(c.reason)}`,
    en: (c) => `Milestone "${text(c.title)}" moved from ${from(c.dueOn)} to ${to(c.dueOn)}: ${text(c.reason)}`,
  },
  'milestone.completed': { de: (c) => `Meilenstein „${text(c.title)}“ erreicht`, en: (c) => `Milestone "${text(c.title)}" completed` },
  'project.applied': { de: () => 'Bewerbung um Beteiligung eingegangen', en: () => 'Application to take part received' },
  'project.application-accepted': { de: () => 'Bewerbung angenommen: neue Beteiligte', en: () => 'Application accepted: new participant' },
  'project.application-declined': { de: () => 'Bewerbung abgelehnt', en: () => 'Application declined' },
  'project.application-withdrawn': { de: () => 'Bewerbung zurückgezogen', en: () => 'Application withdrawn' },
  'project.left': { de: () => 'Eine Organisation ist ausgetreten', en: () => 'An organisation left' },
  'project.lead-handed-over': { de: () => 'Federführung übergeben', en: () => 'Lead handed over' },
};

export function historySummary(event: Pick<AuditEvent, 'action' | 'changes'>, locale: Locale): string {
  const texts = TEXTS[event.action];
  return texts ? texts[locale]((event.changes ?? {}) as Changes) : event.action;
}
