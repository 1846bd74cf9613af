export const PORTAL_TIME_ZONE = 'Europe/Berlin';

/** The calendar day ("YYYY-MM-DD") that `instant` falls on in Berlin. */
export function berlinDate(instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A milestone is overdue when it is not done and its due day lies before today in Berlin. */
export function isOverdue(dueOn: string, done: boolean, now: Date = new Date()): boolean {
  return !done && dueOn < berlinDate(now);
}
