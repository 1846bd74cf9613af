import type { PrismaClient, RegionKey } from '@wiw/db';
import { berlinDate } from '@wiw/domain';

/* The base tables the dashboard's figures are computed from a second time (dashboard-expected.ts), and the period a filter asks for. */

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR' | 'CUSTOM';

export interface DashboardFilterInput {
  period?: PeriodKind;
  from?: string;
  to?: string;
  region?: RegionKey | null;
}

const utcDay = (year: number, monthIndex: number, date: number): string => new Date(Date.UTC(year, monthIndex, date)).toISOString().slice(0, 10);

/** The period a filter asks for: the month, quarter or year containing `from` (or today), or from–to. */
export function periodOf(filter: DashboardFilterInput | null | undefined, today: string): { kind: PeriodKind; from: string; to: string } {
  const kind = filter?.period ?? 'QUARTER';
  // Custom periods are widened to whole months.
  if (kind === 'CUSTOM') {
    const [fromYear, fromMonth] = filter!.from!.split('-').map(Number) as [number, number];
    const [toYear, toMonth] = filter!.to!.split('-').map(Number) as [number, number];
    return { kind, from: utcDay(fromYear, fromMonth - 1, 1), to: utcDay(toYear, toMonth, 0) };
  }
  const [year, month] = (filter?.from ?? today).split('-').map(Number) as [number, number];
  const first = kind === 'MONTH' ? month - 1 : kind === 'QUARTER' ? Math.floor((month - 1) / 3) * 3 : 0;
  const months = kind === 'MONTH' ? 1 : kind === 'QUARTER' ? 3 : 12;
  return { kind, from: utcDay(year, first, 1), to: utcDay(year, first + months, 0) };
}

/** Everything the dashboard is about, read from the base tables. */
export async function loadBaseTables(prisma: PrismaClient) {
  const regionOf = { select: { municipality: { select: { regionKey: true } } } } as const;
  const [regions, topicFields, organisations, needs, needSkills, offerSkills, skills, contacts, bookings, slots, projects, statistics, refresh] =
    await Promise.all([
      prisma.region.findMany({ select: { key: true, side: true, position: true }, orderBy: { position: 'asc' } }),
      prisma.topicField.findMany({ select: { key: true }, orderBy: { position: 'asc' } }),
      prisma.organisation.findMany({ select: { id: true, name: true, kind: true, isMember: true, createdAt: true, ...regionOf.select } }),
      prisma.skillNeed.findMany({
        select: {
          status: true,
          publishedAt: true,
          topicFieldKey: true,
          createdAt: true,
          ...regionOf.select,
          skills: { select: { skill: { select: { category: true } } } },
        },
      }),
      prisma.needSkill.findMany({ select: { skillId: true, open: true, need: regionOf } }),
      prisma.offerSkill.findMany({ select: { skillId: true, open: true, offer: regionOf } }),
      prisma.skill.findMany({ select: { id: true, slug: true, labelDe: true, category: true } }),
      prisma.contactRequest.findMany({ select: { status: true, createdAt: true, need: regionOf, offer: regionOf } }),
      prisma.booking.findMany({
        select: {
          status: true,
          organisation: regionOf,
          slot: { select: { startsAt: true, format: { select: { topicFieldKey: true, organisationId: true } } } },
        },
      }),
      prisma.slot.findMany({
        select: {
          status: true,
          startsAt: true,
          capacity: true,
          seatsTaken: true,
          format: { select: { topicFieldKey: true, organisationId: true, organisation: regionOf } },
        },
      }),
      // Proposals the joint office has not approved are no projects of the partnership yet.
      prisma.project.findMany({
        where: { approval: 'APPROVED' },
        select: {
          topicFieldKey: true,
          status: true,
          participants: { select: { role: true, organisationId: true, organisation: regionOf } },
          milestones: { select: { dueOn: true, doneAt: true } },
        },
      }),
      prisma.regionStatistic.findMany(),
      prisma.dashboardRefresh.findUnique({ where: { name: 'dashboard' } }),
    ]);
  return {
    regions,
    topicFields: topicFields.map((t) => t.key),
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      isMember: o.isMember,
      day: berlinDate(o.createdAt),
      region: o.municipality.regionKey,
    })),
    needs: needs.map((n) => ({
      status: n.status,
      published: n.publishedAt !== null,
      day: berlinDate(n.publishedAt ?? n.createdAt),
      topicField: n.topicFieldKey,
      region: n.municipality.regionKey,
      categories: new Set(n.skills.map((s) => s.skill.category)),
    })),
    demand: needSkills.filter((s) => s.open).map((s) => ({ skillId: s.skillId, region: s.need.municipality.regionKey })),
    supply: offerSkills.filter((s) => s.open).map((s) => ({ skillId: s.skillId, region: s.offer.municipality.regionKey })),
    skills: new Map(skills.map((s) => [s.id, s])),
    contacts: contacts.map((c) => ({
      status: c.status,
      day: berlinDate(c.createdAt),
      needRegion: c.need.municipality.regionKey,
      offerRegion: c.offer.municipality.regionKey,
    })),
    bookings: bookings.map((b) => ({
      status: b.status,
      day: berlinDate(b.slot.startsAt),
      region: b.organisation.municipality.regionKey,
      topicField: b.slot.format.topicFieldKey,
      organisationId: b.slot.format.organisationId,
    })),
    slots: slots
      .filter((s) => s.status === 'SCHEDULED')
      .map((s) => ({
        day: berlinDate(s.startsAt),
        capacity: s.capacity,
        seatsTaken: s.seatsTaken,
        topicField: s.format.topicFieldKey,
        organisationId: s.format.organisationId,
        region: s.format.organisation.municipality.regionKey,
      })),
    projects: projects.map((p) => ({
      topicField: p.topicFieldKey,
      status: p.status,
      regions: new Set(p.participants.map((pp) => pp.organisation.municipality.regionKey)),
      participants: p.participants.map((pp) => ({
        organisationId: pp.organisationId,
        role: pp.role,
        region: pp.organisation.municipality.regionKey,
      })),
      milestones: p.milestones.map((m) => ({ dueOn: m.dueOn.toISOString().slice(0, 10), done: m.doneAt !== null })),
    })),
    statistics,
    asOf: refresh?.refreshedAt.toISOString() ?? null,
  };
}

export type BaseTables = Awaited<ReturnType<typeof loadBaseTables>>;
