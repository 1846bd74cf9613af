import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { DAY_MS, HISTORY_DAYS, insertColumns } from './dashboard-columns';
import { insertContactRequests, writeContacts, type ContactColumns } from './dashboard-contacts';
import { ADVISING_ORGANISATIONS, ADVISORS, insertAdvisors, insertSlotsAndBookings } from './dashboard-workbench';
import { generateScaleData, SCALE_LABEL, type DataLabel, type ScaleData } from './generate';
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
  const counts = await insertActivity(
    prisma,
    {
      ...options,
      historyDays: HISTORY_DAYS,
      advisors: ADVISORS,
      advisingOrganisations: ADVISING_ORGANISATIONS,
      label: SCALE_LABEL,
      now: new Date(),
      vacuum: true,
    },
    progress,
  );
  progress(0, 1, 'vacuum analyze');
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  progress(1, 1, 'vacuum analyze');
  return counts;
}

/** What insertActivity makes: the dashboard benchmark's data set, or the demo's smaller and shorter one. */
export interface ActivityOptions extends DashboardDataOptions {
  /** Everything lies in the last `historyDays` before `now` (slots up to two months after it). */
  historyDays: number;
  advisors: number;
  advisingOrganisations: number;
  label: DataLabel;
  now: Date;
  /** Relative activity per calendar month (index 0 = January); even when not given. */
  season?: readonly number[];
  /** Vacuum the skill tables after inserting them (not possible inside a transaction). */
  vacuum?: boolean;
  /** Plans the contact requests (the demo's shape) instead of drawing `contactRequests` of them at random. */
  planContacts?: (context: ContactContext) => ContactColumns;
}

/** What a contact plan works from: the generated needs and offers, the region of each municipality. */
export interface ContactContext {
  rnd: SeededRandom;
  data: ScaleData;
  regionOf: ReadonlyMap<string, string>;
  now: Date;
}

/**
 * Needs, offers and their organisations, contact requests, advisors with formats, slots and
 * bookings, in bulk, with `prisma` a client or a transaction (then without `vacuum`). The same
 * options give the same rows (ids included); dates are relative to `now`.
 */
export async function insertActivity(prisma: Prisma.TransactionClient, options: ActivityOptions, progress: Progress): Promise<DashboardDataCounts> {
  const { now, historyDays, season, label } = options;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // A stream of its own, so the scale data stays what `npm run seed:scale` makes with this seed.
  const rnd = new SeededRandom(options.seed ^ 0x0da5b0a2);
  /** An instant in the history, more of them recent (the portal grows: density rises linearly), fewer in a quiet month. */
  const pastInstant = (): Date => {
    for (;;) {
      const instant = new Date(
        Math.min(now.getTime() - 60_000, today - Math.floor(historyDays * (1 - Math.sqrt(rnd.next()))) * DAY_MS + rnd.int(0, DAY_MS - 1)),
      );
      if (!season || rnd.next() * Math.max(...season) < season[instant.getUTCMonth()]!) return instant;
    }
  };

  // One after the other: `prisma` may be a transaction.
  const skills = await prisma.skill.findMany({ select: { id: true, slug: true, category: true }, orderBy: { slug: 'asc' } });
  const municipalities = await prisma.municipality.findMany({
    select: { id: true, name: true, regionKey: true },
    orderBy: [{ regionKey: 'asc' }, { name: 'asc' }],
  });
  const regions = await prisma.region.findMany({ select: { key: true, side: true }, orderBy: { position: 'asc' } });
  const dortmund = municipalities.find((m) => m.regionKey === 'DORTMUND');
  if (!dortmund) throw new Error('The municipality of Dortmund is missing: run the demo seed first.');
  const data = generateScaleData({ skills, municipalities, today: now }, { needs: options.needs, offers: options.offers, seed: options.seed, label });
  reshape(data, rnd, dortmund.id, pastInstant, now);
  await insertScaleData(prisma, data, progress, { vacuum: options.vacuum ?? false });

  // Organisations registered over the history, one in ten a member of the partnership.
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
  const formats = await insertAdvisors(prisma, rnd, municipalities, now, progress, {
    advisors: options.advisors,
    organisations: options.advisingOrganisations,
    label,
  });
  const companies = data.organisations.filter((o) => o.kind === 'COMPANY').map((o) => o.id);
  const { slots, bookings } = await insertSlotsAndBookings(prisma, rnd, formats, companies, options.bookings, today, now, progress, {
    historyDays,
    season,
    label,
  });
  const contactRequests = options.planContacts
    ? await writeContacts(prisma, options.planContacts({ rnd, data, regionOf, now }), progress, label)
    : await insertContactRequests(prisma, rnd, data, regions, regionOf, options.contactRequests, now, progress, label);
  return {
    needs: data.needs.length,
    needSkills: data.needSkills.length,
    offers: data.offers.length,
    offerSkills: data.offerSkills.length,
    contactRequests,
    bookings,
    slots,
    formats: formats.length,
    advisors: options.advisors,
    organisations: data.organisations.length + options.advisingOrganisations,
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
