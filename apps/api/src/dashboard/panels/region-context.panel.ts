import { Prisma, type PrismaClient, type RegionStatistic } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { RegionContextPanel, RegionStatisticRow } from '../models/region-context-panel.model';
import type { RegionInfo } from './regions';

/**
 * Per kind the latest year up to the period's end (or the earliest year after it when there is
 * none before), with a region chosen the rows touching it. Imported figures win: illustrative demo
 * figures count only for a kind without any imported one.
 */
export async function regionContextPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<RegionContextPanel> {
  const endYear = Number(scope.period.to.slice(0, 4));
  const region = scope.region ? Prisma.sql`AND ${scope.region}::"RegionKey" IN (s."fromRegionKey", s."toRegionKey")` : Prisma.empty;
  const rows = await prisma.$queryRaw<RegionStatistic[]>`
    WITH pool AS (
      SELECT s.* FROM "RegionStatistic" s
      WHERE NOT s."illustrative" OR NOT EXISTS (SELECT 1 FROM "RegionStatistic" r WHERE r."kind" = s."kind" AND NOT r."illustrative")
    ), chosen AS (
      SELECT "kind", coalesce(max("year") FILTER (WHERE "year" <= ${endYear}), min("year")) AS "year"
      FROM pool GROUP BY 1
    )
    SELECT s.* FROM pool s JOIN chosen c ON c."kind" = s."kind" AND c."year" = s."year"
    WHERE true ${region}
    ORDER BY s."value" DESC, s."id"`;
  const position = new Map(regions.map((r) => [r.key, r.position]));
  const toRow = (row: RegionStatistic): RegionStatisticRow => ({
    kind: row.kind,
    year: row.year,
    fromRegion: row.fromRegionKey,
    toRegion: row.toRegionKey,
    value: KpiCount.of(row.value),
    source: row.source,
    illustrative: row.illustrative,
  });
  return {
    commuters: rows.filter((row) => row.kind === 'COMMUTERS').map(toRow),
    employees: rows
      .filter((row) => row.kind === 'EMPLOYEES')
      .sort((a, b) => (position.get(a.toRegionKey) ?? 0) - (position.get(b.toRegionKey) ?? 0))
      .map(toRow),
  };
}
