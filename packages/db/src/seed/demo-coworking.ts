import type { Prisma } from '../generated/prisma/client';
import type { SeededRandom } from '../scale-seed';

/*
 * Co-working use of the demo: desk days at the demo's fictional places on the weekdays of the last
 * 18 months (never today or later, so booking a desk in the demo finds every desk free), booked by
 * generated companies of the place's region, busier as the partnership grows, quieter in `season`'s
 * quiet months; one in twelve cancelled.
 */

const DAY_MS = 86_400_000;

interface Place {
  id: string;
  desks: number;
  region: string;
}

/** Inserts the desk bookings and their days' counts (two statements); returns how many bookings. */
export async function insertDemoDeskBookings(
  tx: Prisma.TransactionClient,
  rnd: SeededRandom,
  { now, historyDays, season, label }: { now: Date; historyDays: number; season: readonly number[]; label: string },
): Promise<number> {
  const places = await tx.$queryRaw<Place[]>`
    SELECT p.id, p.desks, m."regionKey"::text AS region FROM "CoworkingPlace" p JOIN "Municipality" m ON m.id = p."municipalityId"
    WHERE p."isFictional" ORDER BY p.slug`;
  const companies = await tx.$queryRaw<Array<{ id: string; region: string }>>`
    SELECT o.id, m."regionKey"::text AS region FROM "Organisation" o JOIN "Municipality" m ON m.id = o."municipalityId"
    WHERE o.slug LIKE ${`${label}-c-%`} ORDER BY o.id`;
  if (!companies.length) return 0;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const booking = {
    id: [] as string[],
    placeId: [] as string[],
    date: [] as string[],
    organisationId: [] as string[],
    status: [] as string[],
    createdAt: [] as Date[],
    cancelledAt: [] as Array<Date | null>,
  };
  const day = { placeId: [] as string[], date: [] as string[], capacity: [] as number[], taken: [] as number[] };
  for (const place of places) {
    const local = companies.filter((company) => company.region === place.region);
    const bookers = local.length ? local : companies;
    for (let back = historyDays; back >= 1; back -= 1) {
      const date = new Date(today - back * DAY_MS);
      if ([0, 6].includes(date.getUTCDay())) continue;
      const busy = (0.25 + (0.45 * (historyDays - back)) / historyDays) * season[date.getUTCMonth()]!;
      const wanted = Math.min(place.desks, Math.round(place.desks * busy * (0.6 + 0.8 * rnd.next())));
      let taken = 0;
      for (let i = 0; i < wanted; i += 1) {
        const cancelled = rnd.next() < 1 / 12;
        const createdAt = new Date(date.getTime() - rnd.int(1, 14) * DAY_MS + rnd.int(8, 18) * 3_600_000);
        booking.id.push(rnd.uuid());
        booking.placeId.push(place.id);
        booking.date.push(date.toISOString().slice(0, 10));
        booking.organisationId.push(rnd.pick(bookers).id);
        booking.status.push(cancelled ? 'CANCELLED' : 'CONFIRMED');
        booking.createdAt.push(createdAt);
        booking.cancelledAt.push(cancelled ? new Date(createdAt.getTime() + rnd.int(1, 48) * 3_600_000) : null);
        if (!cancelled) taken += 1;
      }
      if (!wanted) continue;
      day.placeId.push(place.id);
      day.date.push(date.toISOString().slice(0, 10));
      day.capacity.push(place.desks);
      day.taken.push(taken);
    }
  }
  await tx.$executeRaw`
    INSERT INTO "CoworkingDeskDay" ("placeId", date, capacity, "desksTaken")
    SELECT * FROM unnest(${day.placeId}::uuid[], ${day.date}::date[], ${day.capacity}::int[], ${day.taken}::int[])
    ON CONFLICT ("placeId", date) DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "DeskBooking" (id, "placeId", date, "organisationId", status, "createdAt", "cancelledAt")
    SELECT u.id, u.place, u.date, u.org, u.status::"DeskBookingStatus", u.created, u.cancelled
    FROM unnest(${booking.id}::uuid[], ${booking.placeId}::uuid[], ${booking.date}::date[], ${booking.organisationId}::uuid[], ${booking.status}::text[],
      ${booking.createdAt}::timestamptz[], ${booking.cancelledAt}::timestamptz[]) AS u(id, place, date, org, status, created, cancelled)`;
  return booking.placeId.length;
}
