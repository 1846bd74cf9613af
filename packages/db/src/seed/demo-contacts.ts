import { contactColumns, pushContact, type ContactColumns, type ContactContext } from '../scale-seed';

/*
 * The demo's contact requests, planned month by month and region pair by region pair instead of
 * drawn at random: a pair's month has none or at least three requests, and none or at least three
 * accepted and three other ones, so the dashboard's disclosure control (which hides counts of 1
 * or 2 and, to protect them, their neighbours) has little to hide and the flows show.
 */

const DAY_MS = 86_400_000;
const MONTHS = 18;

/** Requests a month at the end of the history, before the season: [need region, offer region, count]. */
const MONTHLY: ReadonlyArray<readonly [string, string, number]> = [
  // Within a region.
  ['DORTMUND', 'DORTMUND', 45],
  ['HOCHSAUERLANDKREIS', 'HOCHSAUERLANDKREIS', 16],
  ['MAERKISCHER_KREIS', 'MAERKISCHER_KREIS', 20],
  ['OLPE', 'OLPE', 12],
  ['SIEGEN_WITTGENSTEIN', 'SIEGEN_WITTGENSTEIN', 18],
  ['SOEST', 'SOEST', 18],
  // Across the partnership: Dortmund ↔ the five districts.
  ['DORTMUND', 'HOCHSAUERLANDKREIS', 10],
  ['HOCHSAUERLANDKREIS', 'DORTMUND', 12],
  ['DORTMUND', 'MAERKISCHER_KREIS', 14],
  ['MAERKISCHER_KREIS', 'DORTMUND', 18],
  ['DORTMUND', 'OLPE', 8],
  ['OLPE', 'DORTMUND', 9],
  ['DORTMUND', 'SIEGEN_WITTGENSTEIN', 10],
  ['SIEGEN_WITTGENSTEIN', 'DORTMUND', 11],
  ['DORTMUND', 'SOEST', 16],
  ['SOEST', 'DORTMUND', 20],
  // Neighbours within Südwestfalen.
  ['OLPE', 'SIEGEN_WITTGENSTEIN', 9],
  ['SIEGEN_WITTGENSTEIN', 'OLPE', 8],
  ['HOCHSAUERLANDKREIS', 'SOEST', 9],
  ['SOEST', 'HOCHSAUERLANDKREIS', 8],
  ['MAERKISCHER_KREIS', 'OLPE', 6],
  // Outside the partnership.
  ['OTHER', 'DORTMUND', 6],
  ['DORTMUND', 'OTHER', 5],
];

/** A count that is either 0 or at least 3. */
const clear = (raw: number): number => (raw < 1.5 ? 0 : Math.max(3, Math.round(raw)));

/** Plans 18 months of requests, growing from a third to the full MONTHLY rates, weighted by `season` (January first). */
export function planDemoContacts({ rnd, data, regionOf, now }: ContactContext, season: readonly number[]): ContactColumns {
  const rows = contactColumns();
  const inRegion = <T extends { municipalityId: string; status: string }>(items: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const item of items)
      if (item.status !== 'DRAFT') by.set(regionOf.get(item.municipalityId)!, [...(by.get(regionOf.get(item.municipalityId)!) ?? []), item]);
    return by;
  };
  const needsIn = inRegion(data.needs);
  const offersIn = inRegion(data.offers);
  const live = new Set<string>();
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  for (let back = MONTHS - 1; back >= 0; back -= 1) {
    const start = Date.UTC(year, month - back, 1);
    const end = Math.min(Date.UTC(year, month - back + 1, 1), now.getTime());
    const share = (end - start) / (Date.UTC(year, month - back + 1, 1) - start);
    const growth = 1 / 3 + ((2 / 3) * (MONTHS - 1 - back)) / (MONTHS - 1);
    const days = Math.ceil((end - start) / DAY_MS);
    /** A weekday-time (06–18 UTC, the same day in Berlin) in this month, before `latest`. */
    const instant = (latest: number) => {
      const lastDay = Math.min(days, Math.floor((latest - start) / DAY_MS) + 1);
      const at = start + rnd.int(0, Math.max(0, lastDay - 1)) * DAY_MS + rnd.int(6 * 3_600_000, 18 * 3_600_000);
      return new Date(Math.min(at, latest));
    };
    for (const [from, to, rate] of MONTHLY) {
      const needs = needsIn.get(from);
      const offers = offersIn.get(to);
      if (!needs || !offers) continue;
      const count = clear(rate * growth * season[new Date(start).getUTCMonth()]! * share);
      // Answered ones were sent at least a day ago; in the current month fewer are answered yet.
      const answerable = now.getTime() - DAY_MS > start;
      const accepted = count >= 6 && answerable ? Math.min(count - 3, Math.max(3, Math.round(count * (back === 0 ? 0.3 : 0.45)))) : 0;
      for (let i = 0; i < count; i += 1) {
        const createdAt = instant(i < accepted ? now.getTime() - DAY_MS : now.getTime() - 3_600_000);
        const recent = now.getTime() - createdAt.getTime() < 14 * DAY_MS;
        const roll = rnd.next();
        let status =
          i < accepted
            ? 'ACCEPTED'
            : recent
              ? roll < 0.75
                ? 'PENDING'
                : roll < 0.9
                  ? 'DECLINED'
                  : 'WITHDRAWN'
              : roll < 0.6
                ? 'DECLINED'
                : roll < 0.8
                  ? 'WITHDRAWN'
                  : 'PENDING';
        const published = needs.filter((need) => need.publishedAt! <= createdAt);
        const need = rnd.pick(published.length ? published : needs);
        let offer = rnd.pick(offers);
        // At most one live (pending or accepted) request per need and offer.
        for (let attempt = 0; live.has(`${need.id}/${offer.id}`) && attempt < 10; attempt += 1) offer = rnd.pick(offers);
        if (status === 'PENDING' || status === 'ACCEPTED') {
          if (live.has(`${need.id}/${offer.id}`)) status = 'DECLINED';
          else live.add(`${need.id}/${offer.id}`);
        }
        pushContact(rows, rnd, need, offer, status, createdAt, now);
      }
    }
  }
  return rows;
}
