import { Prisma, SkillCategory, TopicFieldKey, type PrismaClient, type RegionKey } from '@wiw/db';
import { DisclosedTable, DisclosureTable, isSuppressed, MIN_REPORTED_COUNT, pieceOf, type StoredBlock } from '@wiw/domain';
import type { Locale } from '../../common/i18n/locale';
import { Skill } from '../../matchmaking';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { NeedFigures, SkillsPanel } from '../models/skills-panel.model';
import { months } from './pieces';
import type { RegionInfo } from './regions';
import { blockDigest, storedTable, within, type StoredPanel } from './stored-control';

export const LARGEST_GAPS = 10;
const ALL = '*';
const COLUMNS = ['published', 'open', 'filled'] as const;

interface NeedRow {
  regionKey: RegionKey;
  key: string;
  piece: string;
  published: number;
  open: number;
  filled: number;
}

interface GapRow {
  skillId: string;
  regionKey: RegionKey;
  demand: number;
  supply: number;
}

const need = (column: string, key: string, region: string) => `${column}|${key}|${region}`;
const needFigures = (shown: DisclosedTable, key: string, region: string): NeedFigures => ({
  published: KpiCount.in(shown, need('published', key, region)),
  open: KpiCount.in(shown, need('open', key, region)),
  filled: KpiCount.in(shown, need('filled', key, region)),
});

/**
 * Needs published in the period by topic field and by skill category (key "cat:…"), for every
 * region: fields add up to a region's total and regions to the partnership's; a category adds up
 * over regions only (a need counts in each of its categories). Published = open + filled + the rest
 * (closed).
 */
export const skillsControl: StoredPanel<NeedRow> = {
  name: 'skills',
  query: Prisma.sql`
    SELECT "regionKey", "topicFieldKey"::text AS "key", "piece", sum("published")::int AS "published", sum("open")::int AS "open", sum("filled")::int AS "filled"
    FROM ${months('DashboardNeedFactsByMonth')} GROUP BY 1, 2, 3
    UNION ALL
    SELECT "regionKey", 'cat:' || "category"::text, "piece", sum("published")::int, sum("open")::int, sum("filled")::int
    FROM ${months('DashboardNeedCategoryFactsByMonth')} GROUP BY 1, 2, 3`,
  fill(table, period, regions, rows) {
    const fields = Object.values(TopicFieldKey);
    const categories = Object.values(SkillCategory).map((c) => `cat:${c}`);
    for (const row of within(rows, period)) for (const column of COLUMNS) table.add(need(column, row.key, row.regionKey), row.piece, row[column]);
    const scopes = [ALL, ...regions.map((r) => r.key)];
    for (const column of COLUMNS) {
      for (const key of [...fields, ...categories])
        table.sum(
          need(column, key, ALL),
          regions.map((r) => need(column, key, r.key)),
        );
      for (const region of scopes)
        table.sum(
          need(column, ALL, region),
          fields.map((field) => need(column, field, region)),
        );
      table.sum(
        need(column, ALL, ALL),
        regions.map((r) => need(column, ALL, r.key)),
      );
    }
    for (const key of [ALL, ...fields, ...categories])
      for (const region of scopes)
        table.rest(need('closed', key, region), need('published', key, region), [need('open', key, region), need('filled', key, region)]);
  },
};

/** The stored block of today's demand and supply per skill and region (its period: the refresh's day). */
const GAPS = 'skillGaps';

/**
 * Decides, in the refresh's transaction, the control of today's demand and supply per skill and
 * region, adding up over regions (the same for every period), and stores it as one block.
 */
export async function storeSkillGaps(tx: Prisma.TransactionClient, today: string, regions: RegionInfo[]): Promise<void> {
  const rows = await tx.$queryRaw<GapRow[]>`SELECT "skillId", "regionKey", "demand", "supply" FROM "DashboardSkillGap"`;
  const table = new DisclosureTable([pieceOf(today)]);
  for (const row of rows) {
    table.add(`demand|${row.skillId}|${row.regionKey}`, today, row.demand);
    table.add(`supply|${row.skillId}|${row.regionKey}`, today, row.supply);
  }
  for (const skillId of new Set(rows.map((row) => row.skillId)))
    for (const column of ['demand', 'supply'])
      table.sum(
        `${column}|${skillId}|${ALL}`,
        regions.map((r) => `${column}|${skillId}|${r.key}`),
      );
  const hidden = table.protect().hiddenKeys();
  const values = new Map([...table.shownFigures()].filter(([, figure]) => figure.value !== 0).map(([key, figure]) => [key, figure.value]));
  // Only the skills some answer lists: for each region, and the partnership, its largest gaps.
  const listed = new Set([ALL, ...regions.map((r) => r.key)].flatMap((region) => largestGaps(values, region).map((gap) => gap.skillId)));
  const ofListed = (key: string) => listed.has(key.split('|')[1]!);
  const figures = Object.fromEntries([...values].filter(([key]) => ofListed(key)));
  const block = { figures, cumulative: [], hidden: hidden.filter(ofListed) };
  const digest = blockDigest(block);
  const stored = await tx.dashboardBlock.findMany({ where: { panel: GAPS }, select: { from: true, digest: true } });
  if (stored.length === 1 && stored[0]!.digest === digest && stored[0]!.from.toISOString().startsWith(today)) return;
  await tx.dashboardBlock.deleteMany({ where: { panel: GAPS } });
  await tx.dashboardBlock.create({ data: { panel: GAPS, from: new Date(today), to: new Date(today), ...block, digest } });
}

/** Today's demand and supply of the listed skills as stored by the last refresh: exact values (for the order) and what may be shown. */
async function storedGaps(prisma: PrismaClient): Promise<{ shown: DisclosedTable; values: Map<string, number> }> {
  const [row] = await prisma.$queryRaw<
    Array<Pick<StoredBlock, 'figures' | 'hidden'>>
  >`SELECT "figures", "hidden" FROM "DashboardBlock" WHERE "panel" = ${GAPS}`;
  const values = new Map(Object.entries(row?.figures ?? {}));
  return { shown: DisclosedTable.of(values, new Set(row?.hidden)), values };
}

/** The gap by what is shown: a supply of 1 or 2 counts as 2, so the order cannot tell which is the smaller. */
const shownGap = (demand: number, supply: number) => demand - (isSuppressed(supply) ? MIN_REPORTED_COUNT - 1 : supply);

/**
 * The largest gaps of `region` (ALL: the partnership) by the exact figures `values`: skills asked
 * for by at least 3 open needs, more than offered, ordered by what is shown.
 */
function largestGaps(values: ReadonlyMap<string, number>, region: string): Array<{ skillId: string; demand: number; supply: number }> {
  return [...values]
    .flatMap(([figure, demand]) => {
      const [column, skillId, at] = figure.split('|') as [string, string, string];
      if (column !== 'demand' || at !== region) return [];
      const supply = values.get(`supply|${skillId}|${region}`) ?? 0;
      return demand >= MIN_REPORTED_COUNT && demand > supply ? [{ skillId, demand, supply, shown: shownGap(demand, supply) }] : [];
    })
    .sort((a, b) => b.shown - a.shown || b.demand - a.demand || (a.skillId < b.skillId ? -1 : 1))
    .slice(0, LARGEST_GAPS);
}

export async function skillsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[], locale: Locale): Promise<SkillsPanel> {
  const region = scope.region ?? ALL;
  const [{ shown: needs }, gaps] = await Promise.all([storedTable(prisma, skillsControl, scope.period, `|${region}`), storedGaps(prisma)]);
  const listed = largestGaps(gaps.values, region);
  const skills = new Map((await prisma.skill.findMany({ where: { id: { in: listed.map((g) => g.skillId) } } })).map((s) => [s.id, s]));
  return {
    ...needFigures(needs, ALL, region),
    byTopicField: Object.values(TopicFieldKey).map((topicField) => ({ topicField, ...needFigures(needs, topicField, region) })),
    byCategory: Object.values(SkillCategory).map((category) => ({ category, ...needFigures(needs, `cat:${category}`, region) })),
    largestGaps: listed.map(({ skillId, demand, supply }) => {
      const [shownDemand, shownSupply] = [
        KpiCount.in(gaps.shown, `demand|${skillId}|${region}`),
        KpiCount.in(gaps.shown, `supply|${skillId}|${region}`),
      ];
      // Hidden whenever it would give demand or supply away; otherwise a count like any other.
      const hidden = shownDemand.suppressed || shownSupply.suppressed;
      return {
        skill: Skill.from(skills.get(skillId)!, locale),
        demand: shownDemand,
        supply: shownSupply,
        gap: hidden
          ? KpiCount.hidden(shownDemand.protection === 'SMALL' || shownSupply.protection === 'SMALL' ? 'SMALL' : 'PROTECTED')
          : KpiCount.of(demand - supply),
      };
    }),
  };
}
