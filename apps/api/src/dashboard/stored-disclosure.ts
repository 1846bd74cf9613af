import type { Prisma } from '@wiw/db';
import { addDays, protectBlocks, servedBlocks } from '@wiw/domain';
import { connectionsControl } from './panels/connections.panel';
import { organisationsControl } from './panels/organisations.panel';
import { loadRegions } from './panels/regions';
import { skillsControl } from './panels/skills.panel';
import { LATER, type StoredPanel } from './panels/stored-control';
import { workbenchControl } from './panels/workbench.panel';

/** The panels whose disclosure control is stored: the ones read from the refreshed views by period. */
const STORED_PANELS: ReadonlyArray<StoredPanel<{ piece: string }>> = [organisationsControl, skillsControl, connectionsControl, workbenchControl];

const EVERYTHING = { from: '0001-01-01', to: LATER };

/**
 * Decides the disclosure control of the stored panels on the refreshed views, inside the refresh's
 * transaction `tx`, and replaces the stored hidden keys: every month, quarter and year from the
 * first year with data to this year (or the last one with data) in one protected table per panel
 * (@wiw/domain protectBlocks), and for any period after them the keys of their last month.
 */
export async function storeDisclosure(tx: Prisma.TransactionClient, today: string): Promise<void> {
  const regions = await loadRegions(tx);
  const loaded: Array<{ piece: string }[]> = [];
  for (const panel of STORED_PANELS) loaded.push(await tx.$queryRaw<Array<{ piece: string }>>(panel.query(EVERYTHING)));
  let [firstYear, lastYear] = [Number(today.slice(0, 4)), Number(today.slice(0, 4))];
  for (const row of loaded.flat()) {
    const year = Number(row.piece.slice(0, 4));
    [firstYear, lastYear] = [Math.min(firstYear, year), Math.max(lastYear, year)];
  }
  const lastMonth = `${lastYear}-12-01..${lastYear}-12-31`;
  const data: Prisma.DashboardHiddenCellsCreateManyInput[] = [];
  STORED_PANELS.forEach((panel, i) => {
    const hidden = protectBlocks(firstYear, lastYear, (table, period) => panel.fill(table, period, regions, loaded[i]!));
    for (const block of servedBlocks(firstYear, lastYear)) {
      const keys = hidden.get(`${block.from}..${block.to}`)!;
      if (keys.length) data.push({ panel: panel.name, from: new Date(block.from), to: new Date(block.to), keys });
    }
    data.push({ panel: panel.name, from: new Date(addDays(`${lastYear}-12-31`, 1)), to: new Date(LATER), keys: hidden.get(lastMonth)! });
  });
  await tx.dashboardHiddenCells.deleteMany();
  await tx.dashboardHiddenCells.createMany({ data });
}
