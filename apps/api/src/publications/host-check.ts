/**
 * The entry of the disallowed list a link falls under, or null. An entry is a host (its
 * subdomains included: "spd.de" covers "www.spd.de" and "dortmund.spd.de") or a host with a path
 * prefix ("linkedin.com/in/"). Host names compare case-insensitively, a trailing dot ignored.
 */
export function disallowedEntry(link: string, entries: readonly string[]): string | null {
  if (!URL.canParse(link)) return null;
  const url = new URL(link);
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const path = url.pathname.toLowerCase();
  for (const entry of entries) {
    const slash = entry.indexOf('/');
    const entryHost = slash < 0 ? entry : entry.slice(0, slash);
    const prefix = slash < 0 ? '' : entry.slice(slash);
    if (host !== entryHost && !host.endsWith(`.${entryHost}`)) continue;
    if (!prefix || path.startsWith(prefix) || `${path}/` === prefix) return entry;
  }
  return null;
}

/** The first link of the list that is disallowed, with the entry it falls under. */
export function firstDisallowed(links: readonly string[], entries: readonly string[]): { link: string; entry: string } | null {
  for (const link of links) {
    const entry = disallowedEntry(link, entries);
    if (entry) return { link, entry };
  }
  return null;
}
