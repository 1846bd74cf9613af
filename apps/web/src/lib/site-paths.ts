import type { TopicFieldKey } from '../gql/graphql';
import { enumToSlug } from './enum-slug';

/**
 * The portal's map: the entry paths of every area, so that a page, the header or the account
 * menu can link to another area without importing it. Paths inside one area (an entry, a format,
 * a booking) stay in that feature's `paths.ts`.
 */

/** The home page's section with the five topic fields (`/#themenfelder`). */
export const TOPIC_FIELDS_SECTION_ID = 'themenfelder';
export const ORGANISATIONS_PATH = '/organisationen';
export const BOARD_PATH = '/boerse';
export const MY_ENTRIES_PATH = `${BOARD_PATH}/meine`;
export const CONTACTS_PATH = `${BOARD_PATH}/kontakte`;
export const WORKBENCH_PATH = '/werkbank';
export const MY_BOOKINGS_PATH = '/werkbank/termine';
export const ADVISOR_PATH = '/werkbank/beratung';
export const DASHBOARD_PATH = '/dashboard';
export const SIGN_IN_PATH = '/anmelden';
export const SIGN_UP_PATH = '/registrieren';
export const VERIFY_EMAIL_PATH = '/konto/bestaetigen';
export const SESSIONS_PATH = '/konto/sitzungen';
export const ACCOUNT_PATH = '/konto';
export const FORGOT_PASSWORD_PATH = '/passwort-vergessen';
export const RESET_PASSWORD_PATH = '/konto/passwort-zuruecksetzen';
export const MY_ORGANISATIONS_PATH = '/konto/organisation';
export const INVITATION_PATH = '/konto/einladung';
export const COORDINATION_PATH = '/geschaeftsstelle';
export const COWORKING_PATH = '/coworking';
export const MEETINGS_PATH = '/veranstaltungen';
/** The page of one meeting (also linked from milestones that a meeting's decision set). */
export const meetingPath = (id: string) => `${MEETINGS_PATH}/${id}`;
export const PUBLIC_FIGURES_PATH = '/zahlen';
export const MY_MEETING_INVITATIONS_PATH = '/veranstaltungen/einladungen';
export const NEWS_PATH = '/meldungen';
export const TRANSPARENCY_PATH = '/transparenz';

/** Search param carrying where to go after signing in ("/anmelden?weiter=/konto/sitzungen"). */
export const NEXT_PARAM = 'weiter';

/** Pages that must never be the target after signing in (they would loop or make no sense). */
const NO_RETURN_PATHS: readonly string[] = [SIGN_IN_PATH, SIGN_UP_PATH, VERIFY_EMAIL_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH];

const MAX_NEXT_LENGTH = 2000;
const PROBE_ORIGIN = 'https://portal.invalid';

/**
 * The `weiter` value if it is a path on this site ("/organisationen?region=soest"), else null.
 * Rejects absolute URLs, protocol-relative ("//evil.example") and backslash tricks ("/\evil"),
 * control characters, and the account entry pages themselves.
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_NEXT_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  // Browsers treat "\" like "/" in URLs, and strip tabs/newlines: "/\evil.example" is //evil.example.
  if (raw.includes('\\') || /\p{Cc}/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (NO_RETURN_PATHS.includes(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, returning to `next` afterwards when that is a safe path. */
export function signInPath(next?: string | null): string {
  const safe = safeNextPath(next);
  if (!safe || safe === '/') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ [NEXT_PARAM]: safe }).toString()}`;
}

export function organisationPath(id: string): string {
  return `${ORGANISATIONS_PATH}/${encodeURIComponent(id)}`;
}

/** A topic field's page (`IT_COMPETENCE` → "/themenfelder/it-competence"), optionally at one of its projects. */
export function topicFieldPath(key: TopicFieldKey, projectSlug?: string): string {
  const path = `/themenfelder/${enumToSlug(key)}`;
  return projectSlug ? `${path}#${projectAnchorId(projectSlug)}` : path;
}

/** Element id of a project on its topic-field page (target of deep links). */
export function projectAnchorId(projectSlug: string): string {
  return `projekt-${projectSlug}`;
}

/** A project's workspace (`/projekte/ki-initiative-unternehmen`). */
export function projectPath(slug: string): string {
  return `/projekte/${encodeURIComponent(slug)}`;
}

export const PROPOSE_PROJECT_PATH = '/projekt-vorschlagen';
export const PROPOSE_TOPIC_FIELD_PARAM = 'themenfeld';

/** "Projekt vorschlagen", optionally with the topic field chosen (`?themenfeld=it-competence`). */
export function proposeProjectPath(key?: TopicFieldKey): string {
  return key ? `${PROPOSE_PROJECT_PATH}?${PROPOSE_TOPIC_FIELD_PARAM}=${enumToSlug(key)}` : PROPOSE_PROJECT_PATH;
}
