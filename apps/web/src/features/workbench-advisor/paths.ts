import { ADVISOR_PATH } from '../../lib/site-paths';

/** The advisors' area: the formats at its root, availability, the week calendar and my figures below it. */
export const ADVISOR_PATHS = {
  formats: ADVISOR_PATH,
  availability: `${ADVISOR_PATH}/verfuegbarkeit`,
  calendar: `${ADVISOR_PATH}/kalender`,
  figures: `${ADVISOR_PATH}/kennzahlen`,
} as const;

export type AdvisorSection = keyof typeof ADVISOR_PATHS;

export const ADVISOR_SECTIONS = Object.keys(ADVISOR_PATHS) as AdvisorSection[];

export const NEW_FORMAT_PATH = `${ADVISOR_PATH}/formate/neu`;

export const editFormatPath = (id: string) => `${ADVISOR_PATH}/formate/${encodeURIComponent(id)}`;

/** The week calendar of the week starting on `monday` (YYYY-MM-DD). */
export const calendarWeekPath = (monday: string) => `${ADVISOR_PATHS.calendar}?woche=${monday}`;

/** The section a path of the area belongs to (format forms belong to "formats"). */
export function sectionOf(pathname: string): AdvisorSection | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === ADVISOR_PATHS.formats || path.startsWith(`${ADVISOR_PATH}/formate/`)) return 'formats';
  if (path === ADVISOR_PATHS.availability) return 'availability';
  if (path === ADVISOR_PATHS.calendar) return 'calendar';
  if (path === ADVISOR_PATHS.figures) return 'figures';
  return null;
}
