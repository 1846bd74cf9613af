import { Prisma, TopicFieldKey, type PrismaClient, type ProjectStatus, type RegionKey } from '@wiw/db';
import { DisclosureTable, pieceOf } from '@wiw/domain';
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
  // Participation is today's (one time piece); each organisation has one region, so each column's
  // rows add up to its total: one line per column.
  const table = new DisclosureTable([pieceOf(scope.today)]);
  const columns = ['organisations', 'crossSide'] as const;
  const key = (column: string, region: string) => `${column}|${region}`;
  for (const column of columns) {
    for (const region of regions) {
      const row = participation.find((r) => r.regionKey === region.key);
      table.add(key(column, region.key), scope.today, row?.[column] ?? 0, 'CUMULATIVE');
    }
    table.sum(
      key(column, '*'),
      regions.map((region) => key(column, region.key)),
    );
  }
  const shown = table.protect();
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
    participation: regions.map((region) => ({
      region: region.key,
      side: region.side,
      organisations: KpiCount.in(shown, key('organisations', region.key)),
      crossSide: KpiCount.in(shown, key('crossSide', region.key)),
    })),
  };
}
