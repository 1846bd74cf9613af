import { searchText } from '@wiw/domain';
import type { Prisma } from '../generated/prisma/client';
import { DAY_MS, insertColumns } from './dashboard-columns';
import type { DataLabel } from './generate';
import type { Progress } from './insert';
import type { SeededRandom } from './random';

/** The workbench part of the dashboard benchmark's data set (dashboard.ts). */
const AHEAD_DAYS = 60;
export const ADVISORS = 250;
export const ADVISING_ORGANISATIONS = 40;
const ADVISING_KINDS = ['ADVISORY', 'ADVISORY', 'CHAMBER', 'ECONOMIC_DEVELOPMENT', 'REGIONAL_AGENCY'] as const;
const TOPIC_FIELDS = ['NETWORKING', 'SKILLED_WORKERS', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE'] as const;
const DURATIONS = [30, 45, 60, 60, 60, 90, 120] as const;
/** Slot start times in UTC (morning and afternoon): with at most 150 minutes blocked, they never overlap. */
const SLOT_HOURS_UTC = [8, 13] as const;

type Format = { id: string; advisorId: string; capacity: number; duration: number; before: number; after: number };

/** How many advisors in how many advising organisations, and how their rows are marked. */
export interface AdvisorOptions {
  advisors: number;
  organisations: number;
  label: DataLabel;
}

/** Slots from `historyDays` ago (two months ahead included), more in the months `season` weighs more (index 0 = January). */
export interface SlotOptions {
  historyDays: number;
  season?: readonly number[];
  label: DataLabel;
}

/** Advising organisations over all regions, their advisors (members) and a few hundred consultation formats. */
export async function insertAdvisors(
  prisma: Prisma.TransactionClient,
  rnd: SeededRandom,
  municipalities: ReadonlyArray<{ id: string; name: string }>,
  now: Date,
  progress: Progress,
  { advisors: advisorCount, organisations, label }: AdvisorOptions,
): Promise<Format[]> {
  const orgs = Array.from({ length: organisations }, (_, i) => {
    const town = rnd.pick(municipalities);
    const name = `Beratung ${town.name} D-${i}${label.mark}`;
    return {
      id: rnd.uuid(),
      slug: `${label.slug}-dashboard-advice-${i}`,
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
  const advisors = Array.from({ length: advisorCount }, (_, i) => ({
    id: rnd.uuid(),
    email: `${label.slug}-advisor-${i}@${label.slug}.example.org`,
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
    SELECT u.id, u.advisor, u.org, u.title, ${`Beratung (${label.note})`}::text, u.topic::"TopicFieldKey", u.duration,
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
export async function insertSlotsAndBookings(
  prisma: Prisma.TransactionClient,
  rnd: SeededRandom,
  formats: Format[],
  companies: string[],
  target: number,
  today: number,
  now: Date,
  progress: Progress,
  { historyDays, season, label }: SlotOptions,
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
  const firstDay = -(historyDays - AHEAD_DAYS);
  const days = Array.from({ length: historyDays }, (_, i) => firstDay + i).filter((d) => ![0, 6].includes(new Date(today + d * DAY_MS).getUTCDay()));
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
    const growth = (0.4 + (1.2 * index) / days.length) * (season?.[new Date(today + d * DAY_MS).getUTCMonth()] ?? 1);
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
    SELECT u.id, u.slot, u.org, ${`Beratung (${label.note})`}::text, u.status::"BookingStatus", u.created, ${now}, u.cancelled, u.marked, 24
    FROM unnest(${b.id}::uuid[], ${b.slotId}::uuid[], ${b.organisationId}::uuid[], ${b.status}::text[], ${b.createdAt}::timestamptz[], ${b.cancelledAt}::timestamptz[],
      ${b.attendanceMarkedAt}::timestamptz[]) AS u(id, slot, org, status, created, cancelled, marked)`,
  );
  return { slots: slot.id.length, bookings: booking.id.length };
}
