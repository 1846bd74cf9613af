import type { PrismaClient } from '../generated/prisma/client';
import { insertActivity, SeededRandom, type ActivityOptions, type DashboardDataCounts, type DataLabel } from '../scale-seed';
import { insertDemoDeskBookings } from './demo-coworking';
import { spreadDemoOrganisations } from './demo-organisations';
import { planDemoContacts } from './demo-contacts';
import { SEED_TRANSACTION } from './reference';

/*
 * The demo's activity: fictional companies and providers across Dortmund, the five districts and a
 * few places outside, with their needs and offers, the contact requests between them (within a
 * region, across the partnership's sides, accepted, declined, pending), advisors of the workbench
 * with slots and bookings, desk days at the co-working places — over the last 18 months, growing,
 * quieter in summer and at Christmas.
 * The same generator as the dashboard benchmark (scale-seed), much smaller and marked "fiktiv",
 * so the demo dashboard and /zahlen show real figures and flows instead of "< 3" everywhere.
 */

/** The demo's marks: slugs and addresses "fiktiv-…", names "… (fiktiv)", texts "(fiktive Demodaten)". */
export const DEMO_ACTIVITY_LABEL: DataLabel = { slug: 'fiktiv', note: 'fiktive Demodaten', mark: ' (fiktiv)' };

/** The fixed seed: every start makes the same rows (relative to its day). */
export const DEMO_ACTIVITY_SEED = 20_261_206;

/** About 18 months. */
const HISTORY_DAYS = 548;

/** Relative activity per calendar month, January first: quieter in the summer holidays and at Christmas. */
const SEASON = [0.9, 1, 1.15, 1.1, 1.05, 1, 0.8, 0.6, 1.1, 1.15, 1.1, 0.7] as const;

/** The demo's sizes: enough for most cells to clear the disclosure threshold, small enough for PGlite at start-up. */
export function demoActivityOptions(now: Date): ActivityOptions {
  return {
    needs: 1_200,
    offers: 900,
    // Planned month by month (demo-contacts.ts), not drawn.
    contactRequests: 0,
    planContacts: (context) => planDemoContacts(context, SEASON),
    bookings: 1_500,
    seed: DEMO_ACTIVITY_SEED,
    historyDays: HISTORY_DAYS,
    advisors: 30,
    advisingOrganisations: 10,
    label: DEMO_ACTIVITY_LABEL,
    now,
    season: SEASON,
  };
}

export type DemoActivityReport = Pick<DashboardDataCounts, 'organisations' | 'needs' | 'offers' | 'contactRequests' | 'bookings'> & {
  /** Desk days booked at the demo's co-working places. */
  deskBookings: number;
};

const NOTHING: DemoActivityReport = { organisations: 0, needs: 0, offers: 0, contactRequests: 0, bookings: 0, deskBookings: 0 };

/**
 * Loads the demo's activity unless it is there (it is made once, on the first start, relative to
 * that day), in one transaction; needs the reference data. Only for the demo: the caller decides.
 */
export async function seedDemoActivity(prisma: PrismaClient, now: Date = new Date()): Promise<DemoActivityReport> {
  const marker = { slug: { startsWith: `${DEMO_ACTIVITY_LABEL.slug}-` } };
  if (await prisma.organisation.findFirst({ where: marker, select: { id: true } })) return NOTHING;
  return prisma.$transaction(async (tx) => {
    const counts = await insertActivity(tx, demoActivityOptions(now), () => undefined);
    await spreadDemoOrganisations(tx, new SeededRandom(DEMO_ACTIVITY_SEED + 1), now, DEMO_ACTIVITY_LABEL.slug);
    const options = { now, historyDays: HISTORY_DAYS, season: SEASON, label: DEMO_ACTIVITY_LABEL.slug };
    const deskBookings = await insertDemoDeskBookings(tx, new SeededRandom(DEMO_ACTIVITY_SEED + 2), options);
    return {
      organisations: counts.organisations,
      needs: counts.needs,
      offers: counts.offers,
      contactRequests: counts.contactRequests,
      bookings: counts.bookings,
      deskBookings,
    };
  }, SEED_TRANSACTION);
}
