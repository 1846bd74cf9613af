// The dashboard's figures computed directly from the base tables (no materialized views), one
// function per panel, for the baseline of bench/dashboard.ts. Same filters, same numbers as the
// panels in apps/api/src/dashboard/panels. Periods are Berlin calendar days, written as a range of
// instants so PostgreSQL can use an index on the timestamp where there is one.
import { Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { DashboardScope } from '../apps/api/src/dashboard/models/dashboard.model';
import { isCrossRegion } from '../apps/api/src/dashboard/panels/connections.panel';
import { regionContextPanel } from '../apps/api/src/dashboard/panels/region-context.panel';
import type { RegionInfo } from '../apps/api/src/dashboard/panels/regions';
import { LARGEST_GAPS } from '../apps/api/src/dashboard/panels/skills.panel';

/** The headline figures the benchmark compares with the dashboard's, named as in the GraphQL reply. */
export interface BaseFigures {
  organisations: Record<'total' | 'members' | 'newInPeriod', number>;
  skills: Record<'published' | 'open' | 'filled', number>;
  connections: Record<'requests' | 'accepted' | 'crossRegionRequests', number>;
  workbench: Record<'bookings' | 'cancelled' | 'attended' | 'noShows', number>;
  /** The utilisation's basis: seats offered in scheduled slots. */
  seats: number;
  largestGap: { slug: string; demand: number } | null;
}

type Scope = DashboardScope;
const start = (day: string) => Prisma.sql`(${day}::date::timestamp AT TIME ZONE 'Europe/Berlin')`;
const end = (day: string) => Prisma.sql`((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
/** `column` lies in one of the period's Berlin days. */
const during = (column: string, scope: Scope) =>
  Prisma.sql`${Prisma.raw(column)} >= ${start(scope.period.from)} AND ${Prisma.raw(column)} < ${end(scope.period.to)}`;
const region = (column: string, scope: Scope) => (scope.region ? Prisma.sql`AND ${Prisma.raw(column)} = ${scope.region}::"RegionKey"` : Prisma.empty);
const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

export async function baseOrganisations(prisma: PrismaClient, scope: Scope) {
  const rows = await prisma.$queryRaw<Array<{ regionKey: RegionKey; kind: string; isMember: boolean; total: number; new: number }>>`
    SELECT m."regionKey", o."kind", o."isMember", count(*)::int AS "total", count(*) FILTER (WHERE o."createdAt" >= ${start(scope.period.from)})::int AS "new"
    FROM "Organisation" o JOIN "Municipality" m ON m."id" = o."municipalityId"
    WHERE o."createdAt" < ${end(scope.period.to)} ${region('m."regionKey"', scope)}
    GROUP BY 1, 2, 3`;
  return { rows, total: sum(rows, (r) => r.total), members: sum(rows, (r) => (r.isMember ? r.total : 0)), newInPeriod: sum(rows, (r) => r.new) };
}

export async function baseSkills(prisma: PrismaClient, scope: Scope) {
  // Published needs by the day published (drafts and drafts discarded unpublished have no publishedAt).
  const published = Prisma.sql`n."publishedAt" IS NOT NULL AND ${during('n."publishedAt"', scope)} ${region('m."regionKey"', scope)}`;
  // Open skill rows by skill; the need's or offer's place only matters with a region.
  const open = (table: 'NeedSkill' | 'OfferSkill') => {
    const [parent, key] = table === 'NeedSkill' ? ['SkillNeed', 'needId'] : ['SkillOffer', 'offerId'];
    const join = scope.region
      ? Prisma.sql`JOIN ${Prisma.raw(`"${parent}"`)} p ON p."id" = x.${Prisma.raw(`"${key}"`)} JOIN "Municipality" m ON m."id" = p."municipalityId" AND m."regionKey" = ${scope.region}::"RegionKey"`
      : Prisma.empty;
    return Prisma.sql`SELECT x."skillId", count(*)::int AS "n" FROM ${Prisma.raw(`"${table}"`)} x ${join} WHERE x."open" GROUP BY 1`;
  };
  const [byField, byCategory, gaps] = await Promise.all([
    prisma.$queryRaw<Array<{ key: string; status: string; n: number }>>`
      SELECT n."topicFieldKey" AS "key", n."status", count(*)::int AS "n"
      FROM "SkillNeed" n JOIN "Municipality" m ON m."id" = n."municipalityId" WHERE ${published} GROUP BY 1, 2`,
    prisma.$queryRaw<Array<{ key: string; status: string; n: number }>>`
      SELECT s."category" AS "key", n."status", count(DISTINCT n."id")::int AS "n"
      FROM "SkillNeed" n JOIN "Municipality" m ON m."id" = n."municipalityId" JOIN "NeedSkill" ns ON ns."needId" = n."id" JOIN "Skill" s ON s."id" = ns."skillId"
      WHERE ${published} GROUP BY 1, 2`,
    prisma.$queryRaw<Array<{ slug: string; demand: number; supply: number }>>`
      WITH demand AS (${open('NeedSkill')}), supply AS (${open('OfferSkill')})
      SELECT s.*, d."n" AS "demand", coalesce(o."n", 0) AS "supply"
      FROM demand d LEFT JOIN supply o ON o."skillId" = d."skillId" JOIN "Skill" s ON s."id" = d."skillId"
      WHERE d."n" > coalesce(o."n", 0)
      ORDER BY d."n" - coalesce(o."n", 0) DESC, d."n" DESC, s."id" LIMIT ${LARGEST_GAPS}`,
  ]);
  const count = (status?: string) => sum(byField, (r) => (status === undefined || r.status === status ? r.n : 0));
  return { byField, byCategory, gaps, published: count(), open: count('OPEN'), filled: count('FILLED') };
}

export async function baseConnections(prisma: PrismaClient, scope: Scope, regions: RegionInfo[]) {
  const rows = await prisma.$queryRaw<Array<{ needRegionKey: RegionKey; offerRegionKey: RegionKey; status: string; n: number }>>`
    SELECT nm."regionKey" AS "needRegionKey", om."regionKey" AS "offerRegionKey", c."status", count(*)::int AS "n"
    FROM "ContactRequest" c
    JOIN "SkillNeed" n ON n."id" = c."needId" JOIN "Municipality" nm ON nm."id" = n."municipalityId"
    JOIN "SkillOffer" o ON o."id" = c."offerId" JOIN "Municipality" om ON om."id" = o."municipalityId"
    WHERE ${during('c."createdAt"', scope)} ${scope.region ? Prisma.sql`AND ${scope.region}::"RegionKey" IN (nm."regionKey", om."regionKey")` : Prisma.empty}
    GROUP BY 1, 2, 3`;
  return {
    rows,
    requests: sum(rows, (r) => r.n),
    accepted: sum(rows, (r) => (r.status === 'ACCEPTED' ? r.n : 0)),
    crossRegionRequests: sum(rows, (r) => (isCrossRegion(regions, r.needRegionKey, r.offerRegionKey) ? r.n : 0)),
  };
}

export async function baseWorkbench(prisma: PrismaClient, scope: Scope) {
  // The booking company's region for bookings, the advisor's organisation's region for slots (as the views).
  const place = (organisation: string) =>
    scope.region
      ? Prisma.sql`JOIN "Organisation" ro ON ro."id" = ${Prisma.raw(organisation)} JOIN "Municipality" m ON m."id" = ro."municipalityId" AND m."regionKey" = ${scope.region}::"RegionKey"`
      : Prisma.empty;
  const [bookings, slots] = await Promise.all([
    prisma.$queryRaw<Array<{ topicFieldKey: string; organisationId: string; name: string; status: string; n: number }>>`
      SELECT f."topicFieldKey", f."organisationId", ao."name", b."status", count(*)::int AS "n"
      FROM "Booking" b JOIN "Slot" s ON s."id" = b."slotId" JOIN "ConsultationFormat" f ON f."id" = s."formatId"
      JOIN "Organisation" ao ON ao."id" = f."organisationId" ${place('b."organisationId"')}
      WHERE ${during('s."startsAt"', scope)} GROUP BY 1, 2, 3, 4`,
    prisma.$queryRaw<Array<{ topicFieldKey: string; organisationId: string; name: string; capacity: number; seatsTaken: number }>>`
      SELECT f."topicFieldKey", f."organisationId", ao."name", sum(s."capacity")::int AS "capacity", sum(s."seatsTaken")::int AS "seatsTaken"
      FROM "Slot" s JOIN "ConsultationFormat" f ON f."id" = s."formatId" JOIN "Organisation" ao ON ao."id" = f."organisationId" ${place('f."organisationId"')}
      WHERE s."status" = 'SCHEDULED' AND ${during('s."startsAt"', scope)} GROUP BY 1, 2, 3`,
  ]);
  const count = (status: string) => sum(bookings, (r) => (r.status === status ? r.n : 0));
  return {
    bookings,
    slots,
    figures: {
      bookings: count('CONFIRMED') + count('ATTENDED') + count('NO_SHOW'),
      cancelled: count('CANCELLED'),
      attended: count('ATTENDED'),
      noShows: count('NO_SHOW'),
      seatsTaken: sum(slots, (r) => r.seatsTaken),
      capacity: sum(slots, (r) => r.capacity),
    },
  };
}

export async function baseTopicFields(prisma: PrismaClient, scope: Scope) {
  const inRegion = scope.region
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM "ProjectParticipant" pp JOIN "Organisation" o ON o."id" = pp."organisationId"
        JOIN "Municipality" m ON m."id" = o."municipalityId" WHERE pp."projectId" = p."id" AND m."regionKey" = ${scope.region}::"RegionKey")`
    : Prisma.empty;
  const { from, to } = scope.period;
  const doneOn = Prisma.sql`(ms."doneAt" AT TIME ZONE 'Europe/Berlin')::date`;
  return Promise.all([
    prisma.$queryRaw<Array<{ topicFieldKey: string; status: string; n: number }>>`
      SELECT p."topicFieldKey", p."status", count(*)::int AS "n" FROM "Project" p ${inRegion} GROUP BY 1, 2`,
    prisma.$queryRaw<Array<{ topicFieldKey: string; done: number; due: number; overdue: number; allDone: number; all: number }>>`
      SELECT p."topicFieldKey",
             count(*) FILTER (WHERE ms."dueOn" BETWEEN ${from}::date AND ${to}::date AND ${doneOn} IS NOT NULL)::int AS "done",
             count(*) FILTER (WHERE ms."dueOn" BETWEEN ${from}::date AND ${to}::date AND ${doneOn} IS NULL AND ms."dueOn" >= ${scope.today}::date)::int AS "due",
             count(*) FILTER (WHERE ms."dueOn" BETWEEN ${from}::date AND ${to}::date AND ${doneOn} IS NULL AND ms."dueOn" < ${scope.today}::date)::int AS "overdue",
             count(*) FILTER (WHERE ms."doneAt" IS NOT NULL)::int AS "allDone", count(*)::int AS "all"
      FROM "Milestone" ms JOIN "Project" p ON p."id" = ms."projectId" ${inRegion}
      GROUP BY 1`,
  ]);
}

/** The region context reads the base table RegionStatistic already (no view): the panel's own statement. */
export const baseRegionContext = regionContextPanel;

/** Every panel side by side, as the resolver runs them; returns the headline figures. */
export async function baseDashboard(prisma: PrismaClient, scope: Scope, regions: RegionInfo[]): Promise<BaseFigures> {
  const [organisations, skills, connections, workbench] = await Promise.all([
    baseOrganisations(prisma, scope),
    baseSkills(prisma, scope),
    baseConnections(prisma, scope, regions),
    baseWorkbench(prisma, scope),
    baseTopicFields(prisma, scope),
    baseRegionContext(prisma, scope, regions),
  ]);
  const gap = skills.gaps[0];
  const { seatsTaken: _taken, capacity, ...bookings } = workbench.figures;
  return {
    organisations: { total: organisations.total, members: organisations.members, newInPeriod: organisations.newInPeriod },
    skills: { published: skills.published, open: skills.open, filled: skills.filled },
    connections: { requests: connections.requests, accepted: connections.accepted, crossRegionRequests: connections.crossRegionRequests },
    workbench: bookings,
    seats: capacity,
    largestGap: gap ? { slug: gap.slug, demand: gap.demand } : null,
  };
}
