import type { Prisma } from '../generated/prisma/client';
import { DAY_MS, insertColumns } from './dashboard-columns';
import type { DataLabel, ScaleData } from './generate';
import type { Progress } from './insert';
import type { SeededRandom } from './random';

type Region = { key: string; side: string | null };

/**
 * Contact requests between published needs and offers, sent up to two months after the need was
 * published: 70 % within the need's region, 12 % to another region on the same side, 15 % across
 * Dortmund ↔ Südwestfalen, 3 % anywhere. At most one live (pending or accepted) request per pair.
 */
export async function insertContactRequests(
  prisma: Prisma.TransactionClient,
  rnd: SeededRandom,
  data: ScaleData,
  regions: Region[],
  regionOf: Map<string, string>,
  count: number,
  now: Date,
  progress: Progress,
  label: DataLabel,
): Promise<number> {
  const needs = data.needs.filter((n) => n.status !== 'DRAFT');
  const offersIn = new Map<string, ScaleData['offers']>();
  for (const offer of data.offers) {
    if (offer.status === 'DRAFT') continue;
    const region = regionOf.get(offer.municipalityId)!;
    const list = offersIn.get(region) ?? [];
    list.push(offer);
    offersIn.set(region, list);
  }
  const sideOf = new Map(regions.map((r) => [r.key, r.side]));
  const withOffers = regions.map((r) => r.key).filter((key) => offersIn.has(key));
  const targetRegion = (from: string): string => {
    const side = sideOf.get(from) ?? null;
    const roll = rnd.next();
    const pickFrom = (keys: string[]) => (keys.length ? rnd.pick(keys) : from);
    if (roll < 0.7) return from;
    if (roll < 0.82) return side ? pickFrom(withOffers.filter((key) => key !== from && sideOf.get(key) === side)) : from;
    if (roll < 0.97) return pickFrom(withOffers.filter((key) => sideOf.get(key) && sideOf.get(key) !== side));
    return rnd.pick(withOffers);
  };
  const live = new Set<string>();
  const rows = contactColumns();
  while (rows.id.length < count) {
    const need = rnd.pick(needs);
    const region = regionOf.get(need.municipalityId)!;
    const candidates = offersIn.get(targetRegion(region)) ?? offersIn.get(region) ?? offersIn.get(withOffers[0]!)!;
    const offer = rnd.pick(candidates);
    const createdAt = new Date(Math.min(now.getTime() - 60_000, need.publishedAt!.getTime() + rnd.int(0, 60 * DAY_MS)));
    const recent = now.getTime() - createdAt.getTime() < 14 * DAY_MS;
    const roll = rnd.next();
    const status = recent
      ? roll < 0.7
        ? 'PENDING'
        : roll < 0.85
          ? 'ACCEPTED'
          : roll < 0.95
            ? 'DECLINED'
            : 'WITHDRAWN'
      : roll < 0.1
        ? 'PENDING'
        : roll < 0.55
          ? 'ACCEPTED'
          : roll < 0.88
            ? 'DECLINED'
            : 'WITHDRAWN';
    const pair = `${need.id}/${offer.id}`;
    if (status === 'PENDING' || status === 'ACCEPTED') {
      if (live.has(pair)) continue;
      live.add(pair);
    }
    pushContact(rows, rnd, need, offer, status, createdAt, now);
  }
  return writeContacts(prisma, rows, progress, label);
}

type Need = ScaleData['needs'][number];
type Offer = ScaleData['offers'][number];
/** Contact requests as columns, for one INSERT … SELECT FROM unnest per batch. */
export type ContactColumns = ReturnType<typeof contactColumns>;

export function contactColumns() {
  return {
    id: [] as string[],
    needId: [] as string[],
    offerId: [] as string[],
    fromSide: [] as string[],
    requestedById: [] as Array<string | null>,
    requestingOrganisationId: [] as Array<string | null>,
    status: [] as string[],
    createdAt: [] as Date[],
    answeredAt: [] as Array<Date | null>,
    withdrawnAt: [] as Array<Date | null>,
  };
}

/** One request between a need and an offer, sent by either side (six in ten by the need's), answered up to a week later. */
export function pushContact(rows: ContactColumns, rnd: SeededRandom, need: Need, offer: Offer, status: string, createdAt: Date, now: Date): void {
  const fromNeed = rnd.next() < 0.6;
  const later = new Date(Math.min(now.getTime(), createdAt.getTime() + rnd.int(3_600_000, 7 * DAY_MS)));
  rows.id.push(rnd.uuid());
  rows.needId.push(need.id);
  rows.offerId.push(offer.id);
  rows.fromSide.push(fromNeed ? 'NEED' : 'OFFER');
  rows.requestedById.push(fromNeed ? null : offer.ownerId);
  rows.requestingOrganisationId.push(fromNeed ? need.organisationId : offer.organisationId);
  rows.status.push(status);
  rows.createdAt.push(createdAt);
  rows.answeredAt.push(status === 'ACCEPTED' || status === 'DECLINED' ? later : null);
  rows.withdrawnAt.push(status === 'WITHDRAWN' ? later : null);
}

/** Inserts the requests, 10,000 at a time; returns how many. */
export async function writeContacts(prisma: Prisma.TransactionClient, rows: ContactColumns, progress: Progress, label: DataLabel): Promise<number> {
  await insertColumns(
    rows,
    'contact requests',
    progress,
    (b) => prisma.$executeRaw`
    INSERT INTO "ContactRequest" (id, "needId", "offerId", "fromSide", "requestedById", "requestingOrganisationId", message, status, "createdAt", "answeredAt", "withdrawnAt")
    SELECT u.id, u.need, u.offer, u.side::"ContactSide", u.requester, u.org, ${`Kontaktanfrage (${label.note})`}::text, u.status::"ContactRequestStatus", u.created, u.answered, u.withdrawn
    FROM unnest(${b.id}::uuid[], ${b.needId}::uuid[], ${b.offerId}::uuid[], ${b.fromSide}::text[], ${b.requestedById}::uuid[], ${b.requestingOrganisationId}::uuid[],
      ${b.status}::text[], ${b.createdAt}::timestamptz[], ${b.answeredAt}::timestamptz[], ${b.withdrawnAt}::timestamptz[])
      AS u(id, need, offer, side, requester, org, status, created, answered, withdrawn)`,
  );
  return rows.id.length;
}
