/** News items (Meldungen) of the partnership. */

export const NEWS_TITLE_LENGTH = { min: 3, max: 160 } as const;
export const NEWS_TEASER_LENGTH = { min: 10, max: 400 } as const;
/** At most 10,000 characters, like every text a signed-in person sends (a long press release is about 5,000). */
export const NEWS_BODY_LENGTH = { min: 10, max: 10_000 } as const;
/** Links out of one item, and media used in one item. */
export const MAX_NEWS_LINKS = 20;
export const MAX_NEWS_MEDIA = 20;
export const NEWS_URL_MAX_LENGTH = 500;
export const NEWS_SHORT_TEXT_MAX_LENGTH = 160;
/** Reasons of corrections and withdrawals. */
export const NEWS_REASON_LENGTH = { min: 5, max: 1000 } as const;
/** Promotion with money: at most one million euros per item, in cents. */
export const NEWS_PROMOTION_MAX_CENTS = 100_000_000;

/**
 * Hosts official items must not link to or take media from: personal and party profiles. An entry
 * is a host (its subdomains included) or a host with a path prefix ("linkedin.com/in/"). The API
 * takes PUBLICATION_DISALLOWED_HOSTS (comma-separated) instead when it is set.
 */
export const DEFAULT_DISALLOWED_NEWS_HOSTS: readonly string[] = [
  // Social networks: profiles of persons.
  'facebook.com',
  'fb.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'tiktok.com',
  'threads.net',
  'bsky.app',
  'linkedin.com/in/',
  'xing.com/profile/',
  // Parties in the council and the Landtag.
  'spd.de',
  'cdu.de',
  'csu.de',
  'gruene.de',
  'fdp.de',
  'die-linke.de',
  'dielinke.de',
  'afd.de',
  'bsw-vg.de',
  'volt.de',
  'freiewaehler.eu',
  'diepartei.de',
];
