import { berlinDate, blocksOf } from '@wiw/domain';
import { DashboardRefreshService, type RefreshResult } from '../src/dashboard/dashboard-refresh.service';
import { startDashboardApp } from './support/dashboard';
import type { TestApp } from './support/test-app';

/*
 * The stored figures (issue 18 B4): a refresh decides again only the parts (panel × year; the
 * organisations' years together) whose rows changed, keeps the others, and what it stores then is
 * exactly what deciding everything again stores. Answers read only the stored blocks.
 */

const today = berlinDate();
let t: TestApp;

beforeAll(async () => {
  ({ t } = await startDashboardApp({ seed: 20261207, today }));
});
afterAll(async () => {
  await t?.close();
});

const prisma = () => t.db.database.prisma;

async function refresh(): Promise<RefreshResult> {
  const result = await t.app.get(DashboardRefreshService).refresh();
  if (!result) throw new Error('The refresh lock was taken.');
  return result;
}

/** Every stored block, in a stable order, with its keys sorted. */
async function storedBlocks(): Promise<unknown[]> {
  const rows = await prisma().dashboardBlock.findMany({
    where: { panel: { not: 'skillGaps' } },
    orderBy: [{ panel: 'asc' }, { from: 'asc' }, { to: 'asc' }],
  });
  return rows.map((row) => ({ ...row, cumulative: [...row.cumulative].sort(), hidden: [...row.hidden].sort() }));
}

it('keeps every part when nothing changed', async () => {
  const before = await storedBlocks();
  const result = await refresh();
  expect(result.control.decided).toBe(0);
  expect(result.control.kept).toBeGreaterThanOrEqual(4);
  expect(await storedBlocks()).toEqual(before);
});

it('decides again only the year of a change, and stores what deciding everything stores', async () => {
  // The newest pending contact request is accepted: only the connections of its year change.
  const [pending] = await prisma().$queryRaw<Array<{ id: string; year: string }>>`
    SELECT "id", to_char("createdAt" AT TIME ZONE 'Europe/Berlin', 'YYYY') AS "year" FROM "ContactRequest"
    WHERE "status" = 'PENDING' ORDER BY "createdAt" DESC LIMIT 1`;
  expect(pending).toBeDefined();
  await prisma().contactRequest.update({ where: { id: pending!.id }, data: { status: 'ACCEPTED', answeredAt: new Date() } });
  const inputsBefore = await prisma().dashboardBlockInput.findMany();
  const result = await refresh();
  expect(result.control.decided).toBe(1);
  const changed = (await prisma().dashboardBlockInput.findMany()).filter(
    (input) => inputsBefore.find((old) => old.panel === input.panel && old.part === input.part)?.hash !== input.hash,
  );
  expect(changed.map((input) => [input.panel, input.part])).toEqual([['connections', pending!.year]]);

  const incremental = await storedBlocks();
  await prisma().dashboardBlockInput.deleteMany();
  const full = await refresh();
  expect(full.control.kept).toBe(0);
  expect(await storedBlocks()).toEqual(incremental);
});

it('decides the organisations of all years again when one registers, and stores the new total', async () => {
  const month = `${today.slice(0, 7)}-01`;
  const stored = async () => {
    const block = await prisma().dashboardBlock.findUnique({
      where: { panel_from_to: { panel: 'organisations', from: new Date(month), to: new Date(blocksOf({ from: month, to: month })[0]!.to) } },
    });
    return (block?.figures as Record<string, number> | undefined)?.['total|SOEST|COMPANY'] ?? 0;
  };
  const [totalBefore, inputsBefore] = [await stored(), await prisma().dashboardBlockInput.findMany({ where: { panel: 'organisations' } })];
  const municipality = await prisma().municipality.findFirstOrThrow({ where: { regionKey: 'SOEST' } });
  await prisma().organisation.create({
    data: {
      slug: 'stored-figures-gmbh-fiktiv',
      name: 'Stored Figures GmbH (fiktiv)',
      sortName: 'stored figures gmbh (fiktiv)',
      searchText: 'stored figures gmbh fiktiv',
      kind: 'COMPANY',
      municipalityId: municipality.id,
    },
  });
  const result = await refresh();
  expect(result.control.decided).toBe(1);
  const after = await prisma().dashboardBlockInput.findMany({ where: { panel: 'organisations' } });
  expect(after.map((input) => input.part)).toEqual(['all']);
  expect(after[0]!.hash).not.toBe(inputsBefore[0]!.hash);
  expect(await stored()).toBe(totalBefore + 1);
});
