import type { Prisma } from '../generated/prisma/client';
import type { SeededRandom } from '../scale-seed';

/*
 * When the demo's fictional organisations registered, and which are members: in cohorts of three
 * to six per region (as after a partnership event), so a region's month has none or at least
 * three new organisations and new members, and the dashboard's disclosure control has little to
 * hide. The others (real ones, the demo seed's) keep their dates (the day of the first start);
 * where that leaves one or two of them in the current month, a cohort of the region joins them.
 */

const DAY_MS = 86_400_000;
const MONTHS = 18;

interface Row {
  id: string;
  region: string;
  generated: boolean;
  member: boolean;
  thisMonth: boolean;
}

/** Splits `items` into groups of three to six (none smaller than three unless all are fewer). */
function cohorts<T>(rnd: SeededRandom, items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length;) {
    const size = items.length - start < 9 ? items.length - start : rnd.int(3, 6);
    groups.push(items.slice(start, start + size));
    start += size;
  }
  return groups;
}

/** Dates and membership of the generated organisations (slugs "`label`-…"); the others (reference and demo seed) stay. */
export async function spreadDemoOrganisations(tx: Prisma.TransactionClient, rnd: SeededRandom, now: Date, label: string): Promise<void> {
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const rows = await tx.$queryRaw<Row[]>`
    SELECT o.id, m."regionKey"::text AS region, o.slug LIKE ${`${label}-%`} AS generated, o."isMember" AS member, o."createdAt" >= ${new Date(monthStart)} AS "thisMonth"
    FROM "Organisation" o JOIN "Municipality" m ON m.id = o."municipalityId" ORDER BY o.id`;
  const update = { id: [] as string[], createdAt: [] as Date[], member: [] as boolean[] };
  /** An instant in the month `back` months before the current one (06–18 UTC: the same day in Berlin), before now. */
  const inMonth = (back: number): Date => {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
    const end = Math.min(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1), now.getTime() - 3_600_000);
    const days = Math.max(1, Math.ceil((end - start) / DAY_MS));
    return new Date(Math.max(start, Math.min(end, start + rnd.int(0, days - 1) * DAY_MS + rnd.int(6 * 3_600_000, 18 * 3_600_000))));
  };
  /** A month, more likely recent (the partnership grows). */
  const month = (): number => Math.min(MONTHS - 1, Math.floor(MONTHS * (1 - Math.sqrt(rnd.next()))));
  for (const region of [...new Set(rows.map((row) => row.region))].sort()) {
    const real = rows.filter((row) => row.region === region && !row.generated);
    const fictional = rnd.shuffle(rows.filter((row) => row.region === region && row.generated));
    if (!fictional.length) continue;
    // About one in eight a member, in one cohort of at least three.
    const members = fictional.length >= 12 ? Math.max(3, Math.round(fictional.length / 8)) : 0;
    const smallNow = (count: number) => count === 1 || count === 2;
    const groups = [
      { rows: fictional.slice(0, members), member: true, now: smallNow(real.filter((row) => row.thisMonth && row.member).length) },
      ...cohorts(rnd, fictional.slice(members)).map((group, index) => ({
        rows: group,
        member: false,
        now: index === 0 && smallNow(real.filter((row) => row.thisMonth).length),
      })),
    ].filter((group) => group.rows.length > 0);
    for (const group of groups) {
      const back = group.now ? 0 : month();
      for (const row of group.rows) {
        update.id.push(row.id);
        update.createdAt.push(inMonth(back));
        update.member.push(group.member);
      }
    }
  }
  await tx.$executeRaw`
    UPDATE "Organisation" o SET "createdAt" = u.created, "isMember" = u.member
    FROM unnest(${update.id}::uuid[], ${update.createdAt}::timestamptz[], ${update.member}::boolean[]) AS u(id, created, member) WHERE o.id = u.id`;
}
