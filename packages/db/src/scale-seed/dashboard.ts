import { searchText } from '@wiw/domain';
import type { PrismaClient } from '../generated/prisma/client';
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

const DAY_MS = 86_400_000;
/** Needs, offers, organisations and contact requests go back three years; slots too, and two months ahead. */
const HISTORY_DAYS = 3 * 365;
const AHEAD_DAYS = 60;
const BATCH = 10_000;
/** A quarter of everything sits in Dortmund (one municipality of 45, but the largest city by far). */
const DORTMUND_SHARE = 0.25;
const ADVISORS = 250;
const ADVISING_ORGANISATIONS = 40;
const ADVISING_KINDS = ['ADVISORY', 'ADVISORY', 'CHAMBER', 'ECONOMIC_DEVELOPMENT', 'REGIONAL_AGENCY'] as const;
const TOPIC_FIELDS = ['NETWORKING', 'SKILLED_WORKERS', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE'] as const;
const DURATIONS = [30, 45, 60, 60, 60, 90, 120] as const;
/** Slot start times in UTC (morning and afternoon): with at most 150 minutes blocked, they never overlap. */
const SLOT_HOURS_UTC = [8, 13] as const;

type Region = { key: string; side: string | null };
type Format = { id: string; advisorId: string; capacity: number; duration: number; before: number; after: number };

/** Columns of one table, inserted 10,000 rows at a time. */
async function insertColumns<C extends Record<string, unknown[]>>(
  columns: C,
  what: string,
  progress: Progress,
  insert: (batch: C) => Promise<unknown>,
): Promise<void> {
  const total = Object.values(columns)[0]?.length ?? 0;
  for (let start = 0; start < total; start += BATCH) {
    const batch = Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, values.slice(start, start + BATCH)])) as C;
    await insert(batch);
    progress(Math.min(start + BATCH, total), total, what);
  }
}

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

/** Advising organisations over all regions, their advisors (members) and a few hundred consultation formats. */
async function insertAdvisors(
  prisma: PrismaClient,
  rnd: SeededRandom,
  municipalities: ReadonlyArray<{ id: string; name: string }>,
  now: Date,
  progress: Progress,
): Promise<Format[]> {
  const orgs = Array.from({ length: ADVISING_ORGANISATIONS }, (_, i) => {
    const town = rnd.pick(municipalities);
    const name = `Beratung ${town.name} D-${i}`;
    return {
      id: rnd.uuid(),
      slug: `scale-dashboard-advice-${i}`,
      name,
      kind: rnd.pick(ADVISING_KINDS),
      municipalityId: town.id,
      search: searchText([name, town.name]),
    };
  });
  await prisma.$executeRaw`
    INSERT INTO "Organisation" (id, slug, name, kind, "isMember", "isFictional", "municipalityId", "verifiedAt", "sortName", "searchText", "createdAt", "updatedAt")
    SELECT u.id, u.slug, u.name, u.kind::"OrganisationKind", true, true, u.municipality, ${now}, lower(u.name), u.search, ${now}, ${now}
    FROM unnest(${orgs.map((o) => o.id)}::uuid[], ${orgs.map((o) => o.slug)}::text[], ${orgs.map((o) => o.name)}::text[], ${orgs.map((o) => o.kind)}::text[],
      ${orgs.map((o) => o.municipalityId)}::uuid[], ${orgs.map((o) => o.search)}::text[]) AS u(id, slug, name, kind, municipality, search)`;
  const advisors = Array.from({ length: ADVISORS }, (_, i) => ({
    id: rnd.uuid(),
    email: `scale-advisor-${i}@scale.example.org`,
    name: `Beraterin ${i}`,
    organisationId: orgs[i % orgs.length]!.id,
  }));
  await prisma.$executeRaw`
    INSERT INTO "User" (id, email, name, "passwordHash", "emailVerifiedAt", "updatedAt")
    SELECT u.id, u.email, u.name, '!scale-data: no sign-in', ${now}, ${now}
    FROM unnest(${advisors.map((a) => a.id)}::uuid[], ${advisors.map((a) => a.email)}::text[], ${advisors.map((a) => a.name)}::text[]) AS u(id, email, name)`;
  await prisma.$executeRaw`
    INSERT INTO "Membership" ("userId", "organisationId", role)
    SELECT u.id, u.org, 'MEMBER' FROM unnest(${advisors.map((a) => a.id)}::uuid[], ${advisors.map((a) => a.organisationId)}::uuid[]) AS u(id, org)`;

  // One or two formats per advisor; seven in ten one-to-one, the rest group sessions of 6–20.
  const formats = advisors.flatMap((advisor, i) =>
    Array.from({ length: rnd.int(1, 2) }, (_, k) => {
      const topic = rnd.pick(TOPIC_FIELDS);
      const capacity = rnd.next() < 0.7 ? 1 : rnd.int(6, 20);
      const remote = rnd.next() < 0.6;
      return {
        id: rnd.uuid(),
        advisorId: advisor.id,
        organisationId: advisor.organisationId,
        title: `${capacity === 1 ? 'Sprechstunde' : 'Denkraum'} ${topic} ${i}-${k}`,
        topic,
        capacity,
        duration: rnd.pick(DURATIONS),
        before: rnd.pick([0, 0, 15]),
        after: rnd.pick([0, 15]),
        remote,
      };
    }),
  );
  await prisma.$executeRaw`
    INSERT INTO "ConsultationFormat" (id, "advisorId", "organisationId", title, description, "topicFieldKey", "durationMinutes", mode, location, "meetingLink",
      capacity, "bufferBeforeMinutes", "bufferAfterMinutes", "searchText", "createdAt", "updatedAt")
    SELECT u.id, u.advisor, u.org, u.title, 'Beratung (Skalendaten)', u.topic::"TopicFieldKey", u.duration,
      (CASE WHEN u.remote THEN 'REMOTE' ELSE 'ONSITE' END)::"ConsultationMode",
      CASE WHEN u.remote THEN NULL ELSE 'Beratungsraum 1' END, CASE WHEN u.remote THEN 'https://meet.example.org/scale' END,
      u.capacity, u.buffer_before, u.buffer_after, lower(u.title), ${now}, ${now}
    FROM unnest(${formats.map((f) => f.id)}::uuid[], ${formats.map((f) => f.advisorId)}::uuid[], ${formats.map((f) => f.organisationId)}::uuid[],
      ${formats.map((f) => f.title)}::text[], ${formats.map((f) => f.topic)}::text[], ${formats.map((f) => f.duration)}::int[], ${formats.map((f) => f.remote)}::boolean[],
      ${formats.map((f) => f.capacity)}::int[], ${formats.map((f) => f.before)}::int[], ${formats.map((f) => f.after)}::int[])
      AS u(id, advisor, org, title, topic, duration, remote, capacity, buffer_before, buffer_after)`;
  progress(formats.length, formats.length, 'formats');
  return formats;
}

/**
 * Slots on weekdays from three years ago to two months ahead, at most one in the morning and one
 * in the afternoon per advisor (so no two of an advisor's slots overlap), more of them later.
 * One-to-one slots hold at most one live booking, group slots a distinct company per seat.
 */
async function insertSlotsAndBookings(
  prisma: PrismaClient,
  rnd: SeededRandom,
  formats: Format[],
  companies: string[],
  target: number,
  today: number,
  now: Date,
  progress: Progress,
): Promise<{ slots: number; bookings: number }> {
  const byAdvisor = new Map<string, Format[]>();
  for (const format of formats) {
    const own = byAdvisor.get(format.advisorId) ?? [];
    own.push(format);
    byAdvisor.set(format.advisorId, own);
  }
  const advisors = [...byAdvisor.entries()];
  // Expected live and cancelled bookings per slot (a slot takes one of its advisor's formats at random), to draw about `target` bookings.
  const seats = (f: Format) => (f.capacity === 1 ? 0.83 : (Math.ceil(f.capacity * 0.3) + f.capacity) / 2);
  const perSlot = advisors.reduce((sum, [, own]) => sum + own.reduce((s, f) => s + seats(f), 0) / own.length, 0) / advisors.length;
  const firstDay = -(HISTORY_DAYS - AHEAD_DAYS);
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => firstDay + i).filter((d) => ![0, 6].includes(new Date(today + d * DAY_MS).getUTCDay()));
  const chance = target / (days.length * advisors.length * SLOT_HOURS_UTC.length * perSlot);

  const slot = {
    id: [] as string[],
    formatId: [] as string[],
    advisorId: [] as string[],
    startsAt: [] as Date[],
    endsAt: [] as Date[],
    blockedFrom: [] as Date[],
    blockedUntil: [] as Date[],
    capacity: [] as number[],
    seatsTaken: [] as number[],
    status: [] as string[],
    createdAt: [] as Date[],
    cancelledAt: [] as Array<Date | null>,
  };
  const booking = {
    id: [] as string[],
    slotId: [] as string[],
    organisationId: [] as string[],
    status: [] as string[],
    createdAt: [] as Date[],
    cancelledAt: [] as Array<Date | null>,
    attendanceMarkedAt: [] as Array<Date | null>,
  };
  days.forEach((d, index) => {
    const growth = 0.4 + (1.2 * index) / days.length;
    for (const [advisorId, own] of advisors) {
      for (const hour of SLOT_HOURS_UTC) {
        if (rnd.next() >= chance * growth) continue;
        const format = rnd.pick(own);
        const startsAt = new Date(today + d * DAY_MS + hour * 3_600_000);
        const endsAt = new Date(startsAt.getTime() + format.duration * 60_000);
        const past = endsAt < now;
        const slotId = rnd.uuid();
        const cancelled = rnd.next() < 0.03;
        const createdAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - rnd.int(7, 60) * DAY_MS);
        const cancelledAt = cancelled ? new Date(Math.min(now.getTime(), startsAt.getTime()) - rnd.int(1, 6) * DAY_MS) : null;
        const wanted =
          format.capacity === 1 ? (rnd.next() < (past ? 0.85 : 0.6) ? 1 : 0) : rnd.int(Math.ceil(format.capacity * 0.3), format.capacity);
        const taken = new Set<string>();
        for (let seat = 0; seat < wanted; seat += 1) {
          let company = rnd.pick(companies);
          while (taken.has(company)) company = rnd.pick(companies);
          taken.add(company);
          const roll = rnd.next();
          const status = cancelled
            ? 'CANCELLED'
            : past
              ? roll < 0.1
                ? 'CANCELLED'
                : roll < 0.18
                  ? 'NO_SHOW'
                  : roll < 0.95
                    ? 'ATTENDED'
                    : 'CONFIRMED'
              : roll < 0.08
                ? 'CANCELLED'
                : 'CONFIRMED';
          const bookedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - rnd.int(1, 21) * DAY_MS);
          booking.id.push(rnd.uuid());
          booking.slotId.push(slotId);
          booking.organisationId.push(company);
          booking.status.push(status);
          booking.createdAt.push(bookedAt);
          booking.cancelledAt.push(status !== 'CANCELLED' ? null : (cancelledAt ?? new Date(bookedAt.getTime() + 3_600_000)));
          booking.attendanceMarkedAt.push(status === 'ATTENDED' || status === 'NO_SHOW' ? new Date(endsAt.getTime() + 3_600_000) : null);
        }
        const live = cancelled ? 0 : booking.status.slice(booking.status.length - wanted).filter((s) => s !== 'CANCELLED').length;
        slot.id.push(slotId);
        slot.formatId.push(format.id);
        slot.advisorId.push(advisorId);
        slot.startsAt.push(startsAt);
        slot.endsAt.push(endsAt);
        slot.blockedFrom.push(new Date(startsAt.getTime() - format.before * 60_000));
        slot.blockedUntil.push(new Date(endsAt.getTime() + format.after * 60_000));
        slot.capacity.push(format.capacity);
        slot.seatsTaken.push(live);
        slot.status.push(cancelled ? 'CANCELLED' : 'SCHEDULED');
        slot.createdAt.push(createdAt);
        slot.cancelledAt.push(cancelledAt);
      }
    }
  });
  await insertColumns(
    slot,
    'slots',
    progress,
    (b) => prisma.$executeRaw`
    INSERT INTO "Slot" (id, "formatId", "advisorId", "startsAt", "endsAt", "blockedFrom", "blockedUntil", capacity, "seatsTaken", status, "createdAt", "cancelledAt")
    SELECT u.id, u.format, u.advisor, u.starts, u.ends, u.bfrom, u.buntil, u.capacity, u.taken, u.status::"SlotStatus", u.created, u.cancelled
    FROM unnest(${b.id}::uuid[], ${b.formatId}::uuid[], ${b.advisorId}::uuid[], ${b.startsAt}::timestamptz[], ${b.endsAt}::timestamptz[], ${b.blockedFrom}::timestamptz[],
      ${b.blockedUntil}::timestamptz[], ${b.capacity}::int[], ${b.seatsTaken}::int[], ${b.status}::text[], ${b.createdAt}::timestamptz[], ${b.cancelledAt}::timestamptz[])
      AS u(id, format, advisor, starts, ends, bfrom, buntil, capacity, taken, status, created, cancelled)`,
  );
  await insertColumns(
    booking,
    'bookings',
    progress,
    (b) => prisma.$executeRaw`
    INSERT INTO "Booking" (id, "slotId", "organisationId", agenda, status, "createdAt", "updatedAt", "cancelledAt", "attendanceMarkedAt", "cancellationDeadlineHours")
    SELECT u.id, u.slot, u.org, 'Beratung (Skalendaten)', u.status::"BookingStatus", u.created, ${now}, u.cancelled, u.marked, 24
    FROM unnest(${b.id}::uuid[], ${b.slotId}::uuid[], ${b.organisationId}::uuid[], ${b.status}::text[], ${b.createdAt}::timestamptz[], ${b.cancelledAt}::timestamptz[],
      ${b.attendanceMarkedAt}::timestamptz[]) AS u(id, slot, org, status, created, cancelled, marked)`,
  );
  return { slots: slot.id.length, bookings: booking.id.length };
}

/**
 * Contact requests between published needs and offers, sent up to two months after the need was
 * published: 70 % within the need's region, 12 % to another region on the same side, 15 % across
 * Dortmund ↔ Südwestfalen, 3 % anywhere. At most one live (pending or accepted) request per pair.
 */
async function insertContactRequests(
  prisma: PrismaClient,
  rnd: SeededRandom,
  data: ScaleData,
  regions: Region[],
  regionOf: Map<string, string>,
  count: number,
  now: Date,
  progress: Progress,
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
  const rows = {
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
  await insertColumns(
    rows,
    'contact requests',
    progress,
    (b) => prisma.$executeRaw`
    INSERT INTO "ContactRequest" (id, "needId", "offerId", "fromSide", "requestedById", "requestingOrganisationId", message, status, "createdAt", "answeredAt", "withdrawnAt")
    SELECT u.id, u.need, u.offer, u.side::"ContactSide", u.requester, u.org, 'Kontaktanfrage (Skalendaten)', u.status::"ContactRequestStatus", u.created, u.answered, u.withdrawn
    FROM unnest(${b.id}::uuid[], ${b.needId}::uuid[], ${b.offerId}::uuid[], ${b.fromSide}::text[], ${b.requestedById}::uuid[], ${b.requestingOrganisationId}::uuid[],
      ${b.status}::text[], ${b.createdAt}::timestamptz[], ${b.answeredAt}::timestamptz[], ${b.withdrawnAt}::timestamptz[])
      AS u(id, need, offer, side, requester, org, status, created, answered, withdrawn)`,
  );
  return rows.id.length;
}
