import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import { loadConfig } from '../src/config/config';
import { prepareDatabase } from '../src/startup/prepare-database';
import { PASSWORD, SIGN_IN, SIGN_UP } from './support/accounts';
import { dataOf, PRODUCTION_ENV, startTestApp, type TestApp } from './support/test-app';

/*
 * A fresh production database: start-up (migrations, reference data, no demo data) as the server
 * does it, then the public pages' data and a sign-up through GraphQL. Nothing fictional may show.
 */

const ENV = { ...PRODUCTION_ENV, SEED_DEMO_DATA: 'false', LOG_LEVEL: 'silent' };

describe('a fresh production database', () => {
  let db: TestDatabase;
  let t: TestApp;
  const started: string[][] = [];

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    const config = loadConfig(ENV);
    for (let start = 0; start < 2; start += 1) {
      const lines: string[] = [];
      await prepareDatabase(db.database, config, { log: (message: unknown) => void lines.push(String(message)) });
      started.push(lines);
    }
    t = await startTestApp({ database: db.database, env: ENV });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('says no demo data is loaded, so the footer tells nobody the companies are fictional', async () => {
    expect(dataOf(await t.gql<{ demoData: boolean }>('{ demoData }'))).toEqual({ demoData: false });
  });

  it('starts with migrations and the reference data; a second start changes nothing', async () => {
    expect(started[0]).toEqual([
      expect.stringMatching(/^Applied migrations: \d{14}_init, /),
      'Reference data loaded: 7 regions, 45 municipalities, 5 topic fields, 12 organisations, 206 skills, 3 legal pages.',
      'Demo data: off (SEED_DEMO_DATA=false).',
    ]);
    expect(started[1]).toEqual(['Database schema is up to date.', 'Reference data present.', 'Demo data: off (SEED_DEMO_DATA=false).']);
  });

  it('publishes the three legal pages with their defaults, every gap for the operator marked', async () => {
    for (const page of ['IMPRINT', 'PRIVACY', 'ACCESSIBILITY']) {
      const { legalPage } = dataOf(await t.gql<{ legalPage: { version: number; body: string } }>(`{ legalPage(page: ${page}) { version body } }`));
      expect(legalPage.version).toBe(1);
      expect(legalPage.body).toContain('[Vom Betreiber auszufüllen:');
    }
  });

  it('serves five topic fields (without projects), the regions and their municipalities', async () => {
    const { topicFields } = dataOf(
      await t.gql<{ topicFields: Array<{ key: string; title: string; projectCount: number; projects: unknown[] }> }>(
        `{ topicFields { key title projectCount projects { id } } }`,
      ),
    );
    expect(topicFields.map((field) => field.key)).toEqual(['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE']);
    expect(topicFields.every((field) => field.title.length > 0 && field.projectCount === 0 && field.projects.length === 0)).toBe(true);
    const { regions } = dataOf(
      await t.gql<{ regions: Array<{ key: string; municipalities: Array<{ name: string }> }> }>(`{ regions { key municipalities { name } } }`),
    );
    expect(regions.map((region) => region.key)).toEqual([
      'DORTMUND',
      'HOCHSAUERLANDKREIS',
      'MAERKISCHER_KREIS',
      'OLPE',
      'SIEGEN_WITTGENSTEIN',
      'SOEST',
      'OTHER',
    ]);
    expect(regions.find((region) => region.key === 'SIEGEN_WITTGENSTEIN')!.municipalities.map((m) => m.name)).toContain('Siegen');
  });

  it('finds skills by search, German and English', async () => {
    const search = async (words: string) =>
      dataOf(
        await t.gql<{ skills: { totalCount: number; edges: Array<{ node: { labelDe: string } }> } }>(
          `query($s: String) { skills(search: $s, first: 5) { totalCount edges { node { labelDe } } } }`,
          { s: words },
        ),
      );
    expect((await search('SPS')).skills.edges.map((edge) => edge.node.labelDe)).toContain('Speicherprogrammierbare Steuerung (SPS)');
    expect((await search('schweissen')).skills.totalCount).toBeGreaterThan(0);
    expect(
      (await t.gql<{ skills: { totalCount: number } }>(`{ skills(first: 1) { totalCount } }`)).body.data!.skills.totalCount,
    ).toBeGreaterThanOrEqual(150);
  });

  it('lists the real member organisations and research institutes and nothing fictional', async () => {
    const { organisations } = dataOf(
      await t.gql<{
        organisations: { totalCount: number; edges: Array<{ node: { name: string; kind: string; isMember: boolean; isFictional: boolean } }> };
      }>(`{ organisations(first: 100) { totalCount edges { node { name kind isMember isFictional } } } }`),
    );
    const nodes = organisations.edges.map((edge) => edge.node);
    expect(organisations.totalCount).toBe(12);
    expect(nodes.filter((o) => o.isMember)).toHaveLength(8);
    expect(nodes.filter((o) => o.kind === 'RESEARCH')).toHaveLength(4);
    expect(nodes.some((o) => o.isFictional)).toBe(false);
    expect(nodes.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Stadt Dortmund', 'Südwestfalen Agentur GmbH', 'Fraunhofer-Institut für Materialfluss und Logistik IML']),
    );
  });

  it('has no demo accounts, projects, board entries, contact requests, bookings or illustrative statistics', async () => {
    const prisma = db.database.prisma;
    const counts = {
      users: await prisma.user.count(),
      projects: await prisma.project.count(),
      needs: await prisma.skillNeed.count(),
      offers: await prisma.skillOffer.count(),
      formats: await prisma.consultationFormat.count(),
      bookings: await prisma.booking.count(),
      contactRequests: await prisma.contactRequest.count(),
      statistics: await prisma.regionStatistic.count(),
    };
    expect(counts).toEqual({ users: 0, projects: 0, needs: 0, offers: 0, formats: 0, bookings: 0, contactRequests: 0, statistics: 0 });
    const demo = await t.gql(SIGN_IN, { input: { email: 'admin@demo.example.org', password: 'Westfalen-Demo-2026!' } });
    expect(demo.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('lets a company sign up in a seeded municipality', async () => {
    const { regions } = dataOf(
      await t.gql<{ regions: Array<{ key: string; municipalities: Array<{ id: string; name: string }> }> }>(
        `{ regions { key municipalities { id name } } }`,
      ),
    );
    const meschede = regions.find((region) => region.key === 'HOCHSAUERLANDKREIS')!.municipalities.find((m) => m.name === 'Meschede')!;
    const email = `erste.firma.${Date.now()}@example.org`;
    const reply = await t.gql(SIGN_UP, {
      input: {
        email,
        password: PASSWORD,
        name: 'Erika Erstmann',
        locale: 'de',
        organisation: { name: 'Erste Echte GmbH', kind: 'COMPANY', municipalityId: meschede.id },
      },
    });
    expect(reply.body).toEqual({ data: { signUp: { email } } });
    const organisation = await db.database.prisma.organisation.findFirstOrThrow({
      where: { name: 'Erste Echte GmbH' },
      include: { municipality: true },
    });
    expect(organisation).toMatchObject({ isFictional: false, verifiedAt: null, municipality: { name: 'Meschede' } });
    expect(await db.database.prisma.outboxMessage.count({ where: { recipient: email, template: 'verify-email' } })).toBe(1);
  });
});
