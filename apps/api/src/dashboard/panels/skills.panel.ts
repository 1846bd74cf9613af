import { Prisma, SkillCategory, TopicFieldKey, type PrismaClient, type Skill as SkillRow } from '@wiw/db';
import { MIN_REPORTED_COUNT } from '@wiw/domain';
import type { Locale } from '../../common/i18n/locale';
import { Skill } from '../../matchmaking';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { NeedFigures, SkillsPanel } from '../models/skills-panel.model';
import { factsIn, inRegion } from './scope-sql';

export const LARGEST_GAPS = 10;

/**
 * The gap by what is shown: a supply of 1 or 2 counts as 2, so the order of the list cannot tell
 * which hidden supply is the smaller. Skills asked for by fewer than 3 open needs are not listed.
 */
const shownGap = (demand: string, supply: string) =>
  Prisma.raw(`(${demand} - CASE WHEN ${supply} BETWEEN 1 AND ${MIN_REPORTED_COUNT - 1} THEN ${MIN_REPORTED_COUNT - 1} ELSE ${supply} END)`);

interface NeedRow<K> {
  key: K;
  published: number;
  open: number;
  filled: number;
}

const COLUMNS = ['published', 'open', 'filled'] as const;
type Exact = Record<(typeof COLUMNS)[number], number>;

function exact<K>(rows: Array<NeedRow<K>>, key?: K): Exact {
  const kept = rows.filter((row) => key === undefined || row.key === key);
  const sum = (column: (typeof COLUMNS)[number]) => kept.reduce((total, row) => total + row[column], 0);
  return { published: sum('published'), open: sum('open'), filled: sum('filled') };
}

const needFigures = (figures: Exact): NeedFigures => ({
  published: KpiCount.of(figures.published),
  open: KpiCount.of(figures.open),
  filled: KpiCount.of(figures.filled),
});

export async function skillsPanel(prisma: PrismaClient, scope: DashboardScope, locale: Locale): Promise<SkillsPanel> {
  const [byField, byCategory, gaps] = await Promise.all([
    prisma.$queryRaw<Array<NeedRow<TopicFieldKey>>>`
      SELECT "topicFieldKey" AS "key", sum("published")::int AS "published", sum("open")::int AS "open", sum("filled")::int AS "filled"
      FROM ${factsIn(scope, 'DashboardNeedFacts')} WHERE true ${inRegion(scope)} GROUP BY 1`,
    prisma.$queryRaw<Array<NeedRow<SkillCategory>>>`
      SELECT "category" AS "key", sum("published")::int AS "published", sum("open")::int AS "open", sum("filled")::int AS "filled"
      FROM ${factsIn(scope, 'DashboardNeedCategoryFacts')} WHERE true ${inRegion(scope)} GROUP BY 1`,
    prisma.$queryRaw<Array<SkillRow & { demand: number; supply: number }>>`
      SELECT s.*, g."demand", g."supply"
      FROM (SELECT "skillId", sum("demand")::int AS "demand", sum("supply")::int AS "supply"
            FROM "DashboardSkillGap" ${scope.region ? Prisma.sql`WHERE "regionKey" = ${scope.region}::"RegionKey"` : Prisma.empty}
            GROUP BY 1 HAVING sum("demand") >= ${MIN_REPORTED_COUNT} AND sum("demand") > sum("supply")
            ORDER BY ${shownGap('sum("demand")', 'sum("supply")')} DESC, sum("demand") DESC, "skillId"
            LIMIT ${LARGEST_GAPS}) g
      JOIN "Skill" s ON s."id" = g."skillId"
      ORDER BY ${shownGap('g."demand"', 'g."supply"')} DESC, g."demand" DESC, s."id"`,
  ]);
  const fields = Object.values(TopicFieldKey);
  // Topic fields add up to the totals (a need has one field); categories do not (a need counts in each of its categories).
  const fieldFigures = KpiCount.columns(
    fields.map((field) => exact(byField, field)),
    COLUMNS,
  );
  return {
    ...needFigures(exact(byField)),
    byTopicField: fields.map((topicField, i) => ({ topicField, ...fieldFigures[i]! })),
    byCategory: Object.values(SkillCategory).map((category) => ({ category, ...needFigures(exact(byCategory, category)) })),
    largestGaps: gaps.map(({ demand, supply, ...skill }) => {
      const [shownDemand, shownSupply] = [KpiCount.of(demand), KpiCount.of(supply)];
      // A gap is shown like any count ("< 3" for 1 and 2), and hidden whenever it would reveal demand or supply.
      const hidden = shownDemand.suppressed || shownSupply.suppressed;
      return {
        skill: Skill.from(skill, locale),
        demand: shownDemand,
        supply: shownSupply,
        gap: hidden ? Object.assign(new KpiCount(), { value: null, suppressed: true }) : KpiCount.of(demand - supply),
      };
    }),
  };
}
