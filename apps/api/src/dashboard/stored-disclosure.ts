import { createHash } from 'node:crypto';
import { Prisma } from '@wiw/db';
import { addDays, LATER, protectBlocks } from '@wiw/domain';
import { connectionsControl } from './panels/connections.panel';
import { coworkingControl } from './panels/coworking.panel';
import { meetingsControl } from './panels/meetings.panel';
import { organisationsControl } from './panels/organisations.panel';
import { loadRegions, type RegionInfo } from './panels/regions';
import { skillsControl, storeSkillGaps } from './panels/skills.panel';
import { blockDigest, type StoredPanel } from './panels/stored-control';
import { workbenchControl } from './panels/workbench.panel';

/** The panels whose figures and disclosure control are stored: the ones read from the refreshed views by period. */
const STORED_PANELS: ReadonlyArray<StoredPanel<{ piece: string }>> = [
  organisationsControl,
  skillsControl,
  connectionsControl,
  workbenchControl,
  coworkingControl,
  meetingsControl,
];

/**
 * Part of every input hash: raise it when the rules of the control (@wiw/domain disclosure.ts,
 * stored.ts) or what the panels put into their tables change, so that every part is decided again
 * (a panel's own fill is hashed as well).
 */
const CONTROL_VERSION = 1;

/** A part of a panel decided together: one year, or all years ("all", acrossYears). */
interface Part {
  name: string;
  firstYear: number;
  lastYear: number;
  rows: Array<{ piece: string }>;
}

export interface StoredDisclosure {
  /** Parts (panel × year, or panel) decided again because their rows changed. */
  decided: number;
  /** Parts whose rows were unchanged: their stored blocks stay. */
  kept: number;
}

/** The parts of `panel`: each year of the covered years, or all of them at once. */
function partsOf(panel: StoredPanel<{ piece: string }>, rows: Array<{ piece: string }>, firstYear: number, lastYear: number): Part[] {
  if (panel.acrossYears) return [{ name: 'all', firstYear, lastYear, rows }];
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return years.map((year) => ({ name: String(year), firstYear: year, lastYear: year, rows: rows.filter((row) => row.piece.startsWith(`${year}-`)) }));
}

/** The rows sorted by their content, so that the same rows always fill the tables in the same order. */
function inOrder<R>(rows: R[]): R[] {
  return rows
    .map((row) => [JSON.stringify(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}

/** What a part's blocks depend on: its rows (in order, inOrder), the regions and the code deciding. */
function inputHash(panel: StoredPanel<{ piece: string }>, regions: RegionInfo[], part: Part): string {
  return createHash('sha256')
    .update(JSON.stringify([CONTROL_VERSION, panel.fill.toString(), regions, part.firstYear, part.lastYear]))
    .update(JSON.stringify(part.rows))
    .digest('base64url');
}

/**
 * Decides the figures and disclosure control of the stored panels on the refreshed views, inside
 * the refresh's transaction `tx`: every month, quarter and year from the first year with data to
 * this year (or the last one with data), protected together per part (@wiw/domain protectBlocks),
 * and for any period after them their last month's. A part whose rows are those of the last
 * decision keeps its blocks: only changed years are decided again. The skills panel's gaps
 * (today's, not by period) are decided on every refresh.
 */
export async function storeDisclosure(tx: Prisma.TransactionClient, today: string): Promise<StoredDisclosure> {
  const regions = await loadRegions(tx);
  const loaded: Array<{ piece: string }[]> = [];
  // In one order whatever the database's: the control's choice among equal cells follows the order the rows fill the table.
  for (const panel of STORED_PANELS) loaded.push(inOrder(await tx.$queryRaw<Array<{ piece: string }>>(panel.query)));
  let [firstYear, lastYear] = [Number(today.slice(0, 4)), Number(today.slice(0, 4))];
  for (const row of loaded.flat()) {
    const year = Number(row.piece.slice(0, 4));
    [firstYear, lastYear] = [Math.min(firstYear, year), Math.max(lastYear, year)];
  }
  const known = new Map((await tx.dashboardBlockInput.findMany()).map((input) => [`${input.panel}|${input.part}`, input.hash]));
  const result: StoredDisclosure = { decided: 0, kept: 0 };
  for (const [i, panel] of STORED_PANELS.entries()) {
    const parts = partsOf(panel, loaded[i]!, firstYear, lastYear);
    for (const part of parts) {
      const hash = inputHash(panel, regions, part);
      if (known.get(`${panel.name}|${part.name}`) === hash) {
        result.kept += 1;
        continue;
      }
      result.decided += 1;
      await storePart(tx, panel, regions, part);
      await tx.dashboardBlockInput.upsert({
        where: { panel_part: { panel: panel.name, part: part.name } },
        create: { panel: panel.name, part: part.name, hash },
        update: { hash },
      });
    }
    await tx.dashboardBlockInput.deleteMany({ where: { panel: panel.name, part: { notIn: parts.map((part) => part.name) } } });
    await storeLater(tx, panel, firstYear, lastYear);
  }
  // Today's, the same for every period: decided again on every refresh (a few thousand figures).
  await storeSkillGaps(tx, today, regions);
  return result;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Stores the blocks of one part as decided on its rows now: only those whose digest changed are
 * written (a change in one month usually alters that month, its quarter and its year); a block
 * without figures is not stored.
 */
async function storePart(tx: Prisma.TransactionClient, panel: StoredPanel<{ piece: string }>, regions: RegionInfo[], part: Part): Promise<void> {
  const wanted = new Map<string, Prisma.DashboardBlockCreateManyInput>();
  for (const [key, block] of protectBlocks(part.firstYear, part.lastYear, (table, period) => panel.fill(table, period, regions, part.rows))) {
    if (Object.keys(block.figures).length === 0 && block.hidden.length === 0) continue;
    wanted.set(key, { panel: panel.name, from: new Date(key.slice(0, 10)), to: new Date(key.slice(12)), ...block, digest: blockDigest(block) });
  }
  const stored = await tx.dashboardBlock.findMany({
    where: { panel: panel.name, from: { gte: new Date(`${part.firstYear}-01-01`) }, to: { lte: new Date(`${part.lastYear}-12-31`) } },
    select: { from: true, to: true, digest: true },
  });
  const keyOf = (row: { from: Date; to: Date }) => `${dayOf(row.from)}..${dayOf(row.to)}`;
  const stale = stored.filter((row) => wanted.get(keyOf(row))?.digest !== row.digest);
  const kept = new Set(stored.filter((row) => !stale.includes(row)).map(keyOf));
  if (stale.length) await tx.dashboardBlock.deleteMany({ where: { panel: panel.name, OR: stale.map(({ from, to }) => ({ from, to })) } });
  await tx.dashboardBlock.createMany({ data: [...wanted].filter(([key]) => !kept.has(key)).map(([, row]) => row) });
}

/**
 * Drops blocks outside the covered years and keeps, for every period after them, the row of their
 * last month (rewritten only when that month's digest changed).
 */
async function storeLater(tx: Prisma.TransactionClient, panel: StoredPanel<{ piece: string }>, firstYear: number, lastYear: number): Promise<void> {
  const [first, last, after] = [new Date(`${firstYear}-01-01`), new Date(`${lastYear}-12-31`), addDays(`${lastYear}-12-31`, 1)];
  await tx.dashboardBlock.deleteMany({
    where: { panel: panel.name, OR: [{ from: { lt: first } }, { from: { gt: last }, to: { not: new Date(LATER) } }] },
  });
  const december = Prisma.sql`SELECT * FROM "DashboardBlock" WHERE "panel" = ${panel.name} AND "from" = ${`${lastYear}-12-01`}::date AND "to" = ${`${lastYear}-12-31`}::date`;
  await tx.$executeRaw`
    DELETE FROM "DashboardBlock" l WHERE l."panel" = ${panel.name} AND l."to" = ${LATER}::date
      AND (l."from" <> ${after}::date OR l."digest" IS DISTINCT FROM (SELECT d."digest" FROM (${december}) d))`;
  await tx.$executeRaw`
    INSERT INTO "DashboardBlock" ("panel", "from", "to", "figures", "cumulative", "hidden", "digest")
    SELECT "panel", ${after}::date, ${LATER}::date, "figures", "cumulative", "hidden", "digest" FROM (${december}) d
    ON CONFLICT DO NOTHING`;
}
