import type { PrismaClient } from '../generated/prisma/client';
import { DAY_MS, HISTORY_DAYS, insertColumns } from './dashboard-columns';
import { insertContactRequests } from './dashboard-contacts';
import { ADVISING_ORGANISATIONS, ADVISORS, insertAdvisors, insertSlotsAndBookings } from './dashboard-workbench';
import { generateScaleData, type ScaleData } from './generate';
import { insertScaleData, type Progress } from './insert';
import { SeededRandom } from './random';

export { SeededRandom };

/**
 * The data set of the dashboard benchmark: the scale data (needs and offers with their skills),
 * re-dated over three years, plus contact requests (matches someone acted on) and workbench
 * bookings with their advisors, formats and slots. Deterministic: the same seed on the same day
 * gives the same rows. Everything is inserted in bulk (one INSERT … SELECT FROM unnest(arrays)
 * per 10,000 rows).
 */
export interface DashboardDataOptions {
  needs: number;
  offers: number;
  contactRequests: number;
  /** About this many bookings (the slots are drawn at random, so the count lands within a percent or so). */
  bookings: number;
  seed: number;
}

export interface DashboardDataCounts {
  needs: number;
  needSkills: number;
  offers: number;
  offerSkills: number;
  contactRequests: number;
  bookings: number;
  slots: number;
  formats: number;
  advisors: number;
  organisations: number;
}

/** A quarter of everything sits in Dortmund (one municipality of 45, but the largest city by far). */
const DORTMUND_SHARE = 0.25;
export async function insertDashboardData(prisma: PrismaClient, options: DashboardDataOptions, progress: Progress): Promise<DashboardDataCounts> {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // A stream of its own, so the scale data stays what `npm run seed:scale` makes with this seed.
  const rnd = new SeededRandom(options.seed ^ 0x0da5b0a2);
  /** An instant in the last three years, more of them recent (the portal grows: density rises linearly). */
  const pastInstant = () =>
    new Date(Math.min(now.getTime() - 60_000, today - Math.floor(HISTORY_DAYS * (1 - Math.sqrt(rnd.next()))) * DAY_MS + rnd.int(0, DAY_MS - 1)));

  const [skills, municipalities, regions] = await Promise.all([
    prisma.skill.findMany({ select: { id: true, slug: true, category: true }, orderBy: { slug: 'asc' } }),
    prisma.municipality.findMany({ select: { id: true, name: true, regionKey: true }, orderBy: [{ regionKey: 'asc' }, { name: 'asc' }] }),
    prisma.region.findMany({ select: { key: true, side: true }, orderBy: { position: 'asc' } }),
  ]);
  const dortmund = municipalities.find((m) => m.regionKey === 'DORTMUND');
  if (!dortmund) throw new Error('The municipality of Dortmund is missing: run the demo seed first.');
  const data = generateScaleData({ skills, municipalities, today: now }, { needs: options.needs, offers: options.offers, seed: options.seed });
  reshape(data, rnd, dortmund.id, pastInstant, now);
  await insertScaleData(prisma, data, progress);

  // Organisations registered over three years, one in ten a member of the partnership.
  const organisations = {
    id: data.organisations.map((o) => o.id),
    createdAt: data.organisations.map(() => pastInstant()),
    isMember: data.organisations.map(() => rnd.next() < 0.1),
  };
  await insertColumns(
    organisations,
    'organisation dates',
    progress,
    (b) => prisma.$executeRaw`
    UPDATE "Organisation" o SET "createdAt" = u.created, "isMember" = u.member
    FROM unnest(${b.id}::uuid[], ${b.createdAt}::timestamptz[], ${b.isMember}::boolean[]) AS u(id, created, member) WHERE o.id = u.id`,
  );

  const regionOf = new Map(municipalities.map((m) => [m.id, m.regionKey as string]));
  const formats = await insertAdvisors(prisma, rnd, municipalities, now, progress);
  const companies = data.organisations.filter((o) => o.kind === 'COMPANY').map((o) => o.id);
  const { slots, bookings } = await insertSlotsAndBookings(prisma, rnd, formats, companies, options.bookings, today, now, progress);
  const contactRequests = await insertContactRequests(prisma, rnd, data, regions, regionOf, options.contactRequests, now, progress);

  progress(0, 1, 'vacuum analyze');
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  progress(1, 1, 'vacuum analyze');
  return {
    needs: data.needs.length,
    needSkills: data.needSkills.length,
    offers: data.offers.length,
    offerSkills: data.offerSkills.length,
    contactRequests,
    bookings,
    slots,
    formats: formats.length,
    advisors: ADVISORS,
    organisations: data.organisations.length + ADVISING_ORGANISATIONS,
  };
}

/**
 * The scale data is made for matching (everything published in the last 85 days, places uniform
 * over the 45 municipalities). For the dashboard: published over three years, older entries mostly
 * filled or closed, and a quarter in Dortmund.
 */
function reshape(data: ScaleData, rnd: SeededRandom, dortmundId: string, pastInstant: () => Date, now: Date): void {
  const old = (published: Date) => now.getTime() - published.getTime() > 90 * DAY_MS;
  for (const organisation of data.organisations) if (rnd.next() < DORTMUND_SHARE) organisation.municipalityId = dortmundId;
  for (const need of data.needs) {
    if (rnd.next() < DORTMUND_SHARE) need.municipalityId = dortmundId;
    if (need.status === 'DRAFT') continue;
    need.publishedAt = pastInstant();
    need.expiresAt = new Date(need.publishedAt.getTime() + 90 * DAY_MS);
    if (old(need.publishedAt)) {
      const roll = rnd.next();
      need.status = roll < 0.15 ? 'OPEN' : roll < 0.65 ? 'FILLED' : 'CLOSED';
    }
  }
  for (const offer of data.offers) {
    if (rnd.next() < DORTMUND_SHARE) offer.municipalityId = dortmundId;
    if (offer.status === 'DRAFT') continue;
    offer.publishedAt = pastInstant();
    if (old(offer.publishedAt) && rnd.next() < 0.8) offer.status = 'CLOSED';
  }
}
