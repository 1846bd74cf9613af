import { Prisma, TopicFieldKey, type PrismaClient, type ProjectStatus, type RegionKey } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { TopicFieldsPanel } from '../models/topic-fields-panel.model';
import type { RegionInfo } from './regions';

interface ProjectRow {
  topicFieldKey: TopicFieldKey;
  status: ProjectStatus;
  n: number;
}

interface MilestoneRow {
  topicFieldKey: TopicFieldKey;
  done: number;
  due: number;
  overdue: number;
  allDone: number;
  all: number;
}

interface ParticipationRow {
  regionKey: RegionKey;
  organisations: number;
  crossSide: number;
}

export async function topicFieldsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<TopicFieldsPanel> {
  const projectInRegion = scope.region ? Prisma.sql`WHERE ${scope.region}::"RegionKey" = ANY(p."regionKeys")` : Prisma.empty;
  const { from, to } = scope.period;
  const [projects, milestones, participation] = await Promise.all([
    prisma.$queryRaw<ProjectRow[]>`
      SELECT p."topicFieldKey", p."status", count(*)::int AS "n" FROM "DashboardProjectFacts" p ${projectInRegion} GROUP BY 1, 2`,
    prisma.$queryRaw<MilestoneRow[]>`
      SELECT m."topicFieldKey",
             count(*) FILTER (WHERE m."dueOn" BETWEEN ${from}::date AND ${to}::date AND m."doneOn" IS NOT NULL)::int AS "done",
             count(*) FILTER (WHERE m."dueOn" BETWEEN ${from}::date AND ${to}::date AND m."doneOn" IS NULL AND m."dueOn" >= ${scope.today}::date)::int AS "due",
             count(*) FILTER (WHERE m."dueOn" BETWEEN ${from}::date AND ${to}::date AND m."doneOn" IS NULL AND m."dueOn" < ${scope.today}::date)::int AS "overdue",
             count(*) FILTER (WHERE m."doneOn" IS NOT NULL)::int AS "allDone",
             count(*)::int AS "all"
      FROM "DashboardMilestoneFacts" m JOIN "DashboardProjectFacts" p ON p."projectId" = m."projectId"
      ${projectInRegion}
      GROUP BY 1`,
    prisma.$queryRaw<ParticipationRow[]>`
      SELECT f."regionKey", count(DISTINCT f."organisationId")::int AS "organisations",
             count(DISTINCT f."organisationId") FILTER (WHERE f."crossSide")::int AS "crossSide"
      FROM "DashboardParticipationFacts" f GROUP BY 1`,
  ]);
  const counts = regions.map((region) => {
    const row = participation.find((r) => r.regionKey === region.key);
    return { organisations: row?.organisations ?? 0, crossSide: row?.crossSide ?? 0 };
  });
  // Each organisation has one region, so each column's rows add up to its total: protected as a line.
  const protectedCounts = KpiCount.columns(counts, ['organisations', 'crossSide']);
  return {
    fields: Object.values(TopicFieldKey).map((topicField) => {
      const count = (status: ProjectStatus) => projects.find((row) => row.topicFieldKey === topicField && row.status === status)?.n ?? 0;
      const m = milestones.find((row) => row.topicFieldKey === topicField);
      return {
        topicField,
        projectsPlanned: count('PLANNED'),
        projectsActive: count('ACTIVE'),
        projectsCompleted: count('COMPLETED'),
        projectsPaused: count('PAUSED'),
        milestonesDone: m?.done ?? 0,
        milestonesDue: m?.due ?? 0,
        milestonesOverdue: m?.overdue ?? 0,
        progress: m && m.all > 0 ? m.allDone / m.all : 0,
      };
    }),
    participation: regions.map((region, index) => ({ region: region.key, side: region.side, ...protectedCounts[index]! })),
  };
}
