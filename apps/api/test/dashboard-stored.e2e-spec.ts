import { berlinDate, blocksOf, LATER } from '@wiw/domain';
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

/** Each stored row's transaction id: the same after a refresh that did not rewrite it. */
const versions = () => prisma().$queryRaw<Array<{ panel: string; from: Date; to: Date; xmin: string }>>`
  SELECT "panel", "from", "to", xmin::text FROM "DashboardBlock" ORDER BY 1, 2, 3`;

it('keeps every part when nothing changed, and writes no block', async () => {
  const [before, written] = [await storedBlocks(), await versions()];
  const result = await refresh();
  expect(result.control.decided).toBe(0);
  expect(result.control.kept).toBeGreaterThanOrEqual(4);
  expect(await storedBlocks()).toEqual(before);
  // Not even the row for periods after the covered years, nor the skill gaps.
  expect(await versions()).toEqual(written);
});

it('decides again only the year of a change, and stores what deciding everything stores', async () => {
  // The newest pending contact request is accepted: only the connections of its year change.
  const [pending] = await prisma().$queryRaw<Array<{ id: string; year: string; month: string }>>`
    SELECT "id", to_char("createdAt" AT TIME ZONE 'Europe/Berlin', 'YYYY') AS "year", to_char("createdAt" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS "month"
    FROM "ContactRequest"
    WHERE "status" = 'PENDING' ORDER BY "createdAt" DESC LIMIT 1`;
  const written = await versions();
  expect(pending).toBeDefined();
  await prisma().contactRequest.update({ where: { id: pending!.id }, data: { status: 'ACCEPTED', answeredAt: new Date() } });
  const inputsBefore = await prisma().dashboardBlockInput.findMany();
  const result = await refresh();
  expect(result.control.decided).toBe(1);
  const changed = (await prisma().dashboardBlockInput.findMany()).filter(
    (input) => inputsBefore.find((old) => old.panel === input.panel && old.part === input.part)?.hash !== input.hash,
  );
  expect(changed.map((input) => [input.panel, input.part])).toEqual([['connections', pending!.year]]);

  // Only the blocks whose figures or control changed were written: the month of the change among them, all in its year.
  const rewritten = (await versions()).filter(
    (row) => !written.some((old) => old.panel === row.panel && +old.from === +row.from && +old.to === +row.to && old.xmin === row.xmin),
  );
  // (and the row for periods after the covered years, when the change is in their last month)
  const inYear = rewritten.filter((row) => row.to.toISOString() !== `${LATER}T00:00:00.000Z`);
  expect(inYear.every((row) => row.panel === 'connections' && row.from.toISOString().startsWith(pending!.year))).toBe(true);
  expect(inYear.map((row) => row.from.toISOString().slice(0, 10))).toContain(`${pending!.month}-01`);
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
