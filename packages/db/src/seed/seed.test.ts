import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { applyMigrations } from '../migrate';
import { loadSeedData } from './data';
import { seedDemoData } from './seed';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  await applyMigrations(db.database.connection);
});

afterAll(async () => {
  await db.drop();
});

describe('seedDemoData', () => {
  it('loads the demo data once; a second run changes nothing', async () => {
    const data = loadSeedData();
    const first = await seedDemoData(db.database.prisma, data);
    expect(first).toEqual({
      regions: data.regions.length,
      municipalities: data.municipalities.length,
      topicFields: 5,
      organisations: data.organisations.length,
      projects: data.projects.length,
    });
    const before = await db.database.prisma.organisation.findMany({ orderBy: { id: 'asc' } });
    const second = await seedDemoData(db.database.prisma, data);
    expect(second).toEqual({ regions: 0, municipalities: 0, topicFields: 0, organisations: 0, projects: 0 });
    expect(await db.database.prisma.organisation.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('has the real members, 30+ fictional companies in all six regions and 2-4 projects per field', async () => {
    const prisma = db.database.prisma;
    const members = await prisma.organisation.findMany({ where: { isMember: true }, select: { name: true } });
    expect(members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Stadt Dortmund', 'Wirtschaftsförderung Dortmund', 'Bezirksregierung Arnsberg', 'IHK Siegen'.replace('IHK', 'Industrie- und Handelskammer')]),
    );
    const fictional = await prisma.organisation.findMany({ where: { isFictional: true }, include: { municipality: true } });
    expect(fictional.length).toBeGreaterThanOrEqual(30);
    const regions = new Set(fictional.map((o) => o.municipality.regionKey));
    expect([...regions].sort()).toEqual(['DORTMUND', 'HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST']);
    const perField = await prisma.project.groupBy({ by: ['topicFieldKey'], _count: { _all: true } });
    expect(perField).toHaveLength(5);
    for (const field of perField) expect(field._count._all).toBeGreaterThanOrEqual(2);
    for (const field of perField) expect(field._count._all).toBeLessThanOrEqual(4);
  });

  it('gives every project exactly one lead organisation', async () => {
    const leads = await db.database.prisma.projectParticipant.groupBy({ by: ['projectId'], where: { role: 'LEAD' }, _count: { _all: true } });
    expect(leads).toHaveLength(await db.database.prisma.project.count());
    expect(leads.every((lead) => lead._count._all === 1)).toBe(true);
  });
});
