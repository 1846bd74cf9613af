import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { seedDemoActivity } from './demo-activity';

/*
 * The demo activity is deterministic: the same day gives the same rows, ids included, on two
 * separate databases; it spreads over 18 months and all regions and is marked fictional.
 */

const NOW = new Date('2026-12-06T09:30:00Z');
/** Columns the database fills with its clock (defaults, "updated at"): not part of what the generator decides. */
const CLOCK = new Set(['createdAt', 'updatedAt', 'verifiedAt', 'emailVerifiedAt']);

let first: TestDatabase;
let second: TestDatabase;

beforeAll(async () => {
  [first, second] = [await createTestDatabase(), await createTestDatabase()];
}, 120_000);
afterAll(async () => {
  await first?.drop();
  await second?.drop();
});

/** The generated rows of every table the generator writes, ordered by id, without the clock's columns. */
async function generatedRows(db: TestDatabase) {
  const prisma = db.database.prisma;
  const strip = <T extends object>(rows: T[], keep: ReadonlyArray<string> = []) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => keep.includes(key) || !CLOCK.has(key))));
  const byId = { orderBy: { id: 'asc' as const } };
  const fictional = { slug: { startsWith: 'fiktiv-' } };
  return {
    // The organisations' registration dates are the generator's (spread over the history).
    organisations: strip(await prisma.organisation.findMany({ where: fictional, ...byId }), ['createdAt']),
    needs: strip(await prisma.skillNeed.findMany({ where: { organisation: fictional }, ...byId })),
    needSkills: await prisma.needSkill.findMany({ where: { need: { organisation: fictional } }, orderBy: [{ needId: 'asc' }, { skillId: 'asc' }] }),
    offers: strip(await prisma.skillOffer.findMany({ where: { description: { endsWith: '(fiktive Demodaten)' } }, ...byId })),
    contacts: await prisma.contactRequest.findMany(byId),
    slots: await prisma.slot.findMany(byId),
    bookings: strip(await prisma.booking.findMany(byId), ['createdAt', 'updatedAt']),
    deskDays: await prisma.coworkingDeskDay.findMany({ orderBy: [{ placeId: 'asc' }, { date: 'asc' }] }),
    deskBookings: await prisma.deskBooking.findMany(byId),
  };
}

describe('seedDemoActivity', () => {
  it('makes the same rows from the same day on two databases, once', async () => {
    const report = await seedDemoActivity(first.database.prisma, NOW);
    expect(await seedDemoActivity(second.database.prisma, NOW)).toEqual(report);
    expect(report).toMatchObject({ organisations: 160, needs: 1200, offers: 900 });
    const [a, b] = [await generatedRows(first), await generatedRows(second)];
    expect(a.contacts.length).toBe(report.contactRequests);
    expect(a.contacts.length).toBeGreaterThan(2000);
    expect(a.deskBookings.length).toBe(report.deskBookings);
    // Co-working use lies in the past: booking a desk in the demo finds today and later free.
    expect(a.deskDays.every((row) => row.date.getTime() < Date.UTC(2026, 11, 6) && row.desksTaken <= row.capacity)).toBe(true);
    expect(a).toEqual(b);
    // A second start leaves it alone.
    expect(await seedDemoActivity(first.database.prisma, NOW)).toEqual({
      organisations: 0,
      needs: 0,
      offers: 0,
      contactRequests: 0,
      bookings: 0,
      deskBookings: 0,
    });
    expect(await first.database.prisma.contactRequest.count()).toBe(report.contactRequests);
  });

  it('spreads contacts over 18 months and all regions, every status, everything marked fictional', async () => {
    const prisma = first.database.prisma;
    const months = await prisma.$queryRaw<Array<{ month: string }>>`
      SELECT DISTINCT to_char("createdAt", 'YYYY-MM') AS month FROM "ContactRequest" ORDER BY 1`;
    expect(months.map((m) => m.month)).toHaveLength(18);
    expect(months[0]!.month).toBe('2025-07');
    expect(months.at(-1)!.month).toBe('2026-12');
    expect(await prisma.contactRequest.count({ where: { createdAt: { gt: NOW } } })).toBe(0);
    const statuses = await prisma.contactRequest.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } });
    expect(statuses.map((s) => s.status)).toEqual(['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']);
    const regions = await prisma.$queryRaw<Array<{ region: string }>>`
      SELECT DISTINCT m."regionKey"::text AS region FROM "Organisation" o JOIN "Municipality" m ON m.id = o."municipalityId"
      WHERE o.slug LIKE 'fiktiv-%' ORDER BY 1`;
    expect(regions.map((r) => r.region)).toEqual([
      'DORTMUND',
      'HOCHSAUERLANDKREIS',
      'MAERKISCHER_KREIS',
      'OLPE',
      'OTHER',
      'SIEGEN_WITTGENSTEIN',
      'SOEST',
    ]);
    const generated = await prisma.organisation.findMany({ where: { slug: { startsWith: 'fiktiv-' } }, select: { name: true, isFictional: true } });
    expect(generated.filter((o) => !o.isFictional || !o.name.endsWith(' (fiktiv)'))).toEqual([]);
    const talents = await prisma.user.findMany({ where: { email: { startsWith: 'fiktiv-' } }, select: { email: true } });
    expect(talents.length).toBeGreaterThan(0);
    expect(talents.every((u) => u.email.endsWith('@fiktiv.example.org'))).toBe(true);
  });
});
