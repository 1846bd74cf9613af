import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './client';
import { createTestDatabase, type TestDatabase } from './testing';

/*
 * A PostgreSQL server set up in another time zone (a Debian server installed in Germany has
 * `timezone = 'Europe/Berlin'`) must not shift what the portal stores: Prisma's pg adapter writes
 * Date parameters without an offset, so our sessions are pinned to UTC.
 */

let db: TestDatabase;
let inBerlin: Database | null = null;

beforeAll(async () => {
  db = await createTestDatabase();
  if (!db.url) return; // PGlite: one session, always UTC
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${new URL(db.url).pathname.slice(1)}" SET timezone = 'Europe/Berlin'`);
  await admin.end();
  inBerlin = await createDatabase({ kind: 'postgres', url: db.url });
});

afterAll(async () => {
  await inBerlin?.close();
  await db.drop();
});

describe('PostgreSQL sessions', () => {
  it('run in UTC and store the instant given, on a server whose default zone is Europe/Berlin', async (context) => {
    if (!inBerlin) return context.skip();
    const prisma = inBerlin.prisma;
    const [session] = await prisma.$queryRaw<Array<{ zone: string }>>`SELECT current_setting('TimeZone') AS zone`;
    expect(session?.zone).toBe('UTC');
    const municipality = await prisma.municipality.findFirstOrThrow();
    const at = new Date('2027-10-31T00:30:00.000Z');
    const organisation = await prisma.organisation.create({
      data: {
        slug: 'zeitzone-probe',
        name: 'Zeitzone',
        kind: 'COMPANY',
        municipalityId: municipality.id,
        sortName: 'zeitzone',
        searchText: 'zeitzone',
        createdAt: at,
      },
    });
    const [stored] = await prisma.$queryRaw<Array<{ utc: string; berlin: string }>>`
      SELECT to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS utc, to_char("createdAt" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD"T"HH24:MI') AS berlin
      FROM "Organisation" WHERE id = ${organisation.id}::uuid`;
    expect(stored).toEqual({ utc: '2027-10-31T00:30', berlin: '2027-10-31T02:30' });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).createdAt.toISOString()).toBe(at.toISOString());
  });
});
