import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { skillSearchText } from '@wiw/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkillCategory } from '../generated/prisma/enums';
import { createTestDatabase, type TestDatabase } from '../testing';
import { applyMigrations } from '../migrate';
import { seedDir } from '../paths';
import { seedDemoData } from './demo';
import { loadDemoData } from './demo-data';
import { DEMO_REGION_FIGURES, DEMO_STATISTICS_SOURCE, DEMO_STATISTICS_YEAR } from './demo-region-statistics';
import { seedReferenceData } from './reference';
import { loadReferenceData, MIN_CURATED_SKILLS, type SeedSkill } from './reference-data';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  await applyMigrations(db.database.connection);
});

afterAll(async () => {
  await db.drop();
});

/** Every row of the tables the seed writes, to compare before and after a second run. */
async function snapshot() {
  const prisma = db.database.prisma;
  const orderById = { orderBy: { id: 'asc' as const } };
  return {
    regions: await prisma.region.findMany({ orderBy: { key: 'asc' } }),
    municipalities: await prisma.municipality.findMany(orderById),
    topicFields: await prisma.topicField.findMany({ orderBy: { key: 'asc' } }),
    organisations: await prisma.organisation.findMany(orderById),
    skills: await prisma.skill.findMany(orderById),
    projects: await prisma.project.findMany(orderById),
    needs: await prisma.skillNeed.findMany(orderById),
    offers: await prisma.skillOffer.findMany(orderById),
    statistics: await prisma.regionStatistic.findMany(orderById),
  };
}

/** A report of a reference-data run that found everything in place. */
const NO_REFERENCE_CREATED = { regions: 0, municipalities: 0, topicFields: 0, organisations: 0, skills: 0, legalPages: 0 };

describe('seedReferenceData', () => {
  it('refuses to load the demo data without the reference data', async () => {
    await expect(seedDemoData(db.database.prisma)).rejects.toThrow('The reference data is missing: load it before the demo data.');
    expect(await db.database.prisma.organisation.count()).toBe(0);
  });

  it('loads regions, municipalities, five topic fields, the real organisations and the skills once; a second run changes nothing', async () => {
    const data = loadReferenceData();
    expect(await seedReferenceData(db.database.prisma, data)).toEqual({
      regions: data.regions.length,
      municipalities: data.municipalities.length,
      topicFields: 5,
      organisations: data.organisations.length,
      skills: data.skills.length,
      legalPages: 3,
    });
    const before = await snapshot();
    expect(await seedReferenceData(db.database.prisma, data)).toEqual(NO_REFERENCE_CREATED);
    expect(await snapshot()).toEqual(before);
  });

  it('is real data only: members and research institutes, no fictional organisation, no project, entry or statistic', async () => {
    const { organisations, projects, needs, offers, statistics } = await snapshot();
    expect(organisations.every((o) => !o.isFictional && o.verifiedAt !== null)).toBe(true);
    expect(
      organisations
        .filter((o) => o.isMember)
        .map((o) => o.slug)
        .sort(),
    ).toEqual([
      'bezirksregierung-arnsberg',
      'ihk-arnsberg',
      'ihk-dortmund',
      'ihk-siegen',
      'sihk-hagen',
      'stadt-dortmund',
      'suedwestfalen-agentur',
      'wirtschaftsfoerderung-dortmund',
    ]);
    expect(
      organisations
        .filter((o) => o.kind === 'RESEARCH')
        .map((o) => o.slug)
        .sort(),
    ).toEqual(['fraunhofer-iml', 'fraunhofer-isst', 'lamarr-institut', 'tu-dortmund']);
    expect({ projects: projects.length, needs: needs.length, offers: offers.length, statistics: statistics.length }).toEqual({
      projects: 0,
      needs: 0,
      offers: 0,
      statistics: 0,
    });
  });
});

describe('seedDemoData', () => {
  it('loads the demo data on top of the reference data once; a second run changes nothing', async () => {
    const data = loadDemoData();
    expect(await seedDemoData(db.database.prisma, data)).toEqual({
      organisations: data.organisations.length,
      projects: data.projects.length,
      needs: data.board.needs.length,
      offers: data.board.offers.length,
      regionStatistics: DEMO_REGION_FIGURES.length,
      coworkingPlaces: data.coworking.length,
    });
    const before = await snapshot();
    expect(await seedDemoData(db.database.prisma, data)).toEqual({
      organisations: 0,
      projects: 0,
      needs: 0,
      offers: 0,
      regionStatistics: 0,
      coworkingPlaces: 0,
    });
    expect(await seedReferenceData(db.database.prisma)).toEqual(NO_REFERENCE_CREATED);
    expect(await snapshot()).toEqual(before);
    expect(before.organisations.filter((o) => o.isFictional)).toHaveLength(data.organisations.length);
  });

  it('publishes the demo needs and offers with skill rows as the API writes them', async () => {
    const prisma = db.database.prisma;
    const needs = await prisma.skillNeed.findMany({ include: { skills: true } });
    expect(needs.length).toBe(loadDemoData().board.needs.length);
    for (const need of needs) {
      expect(need).toMatchObject({ status: 'OPEN' });
      expect(need.expiresAt!.getTime() - need.publishedAt!.getTime()).toBe(90 * 86_400_000);
      const weightTotal = need.skills.reduce((sum, skill) => sum + (skill.weight === 'REQUIRED' ? 3 : 1), 0);
      for (const skill of need.skills) expect(skill).toMatchObject({ open: true, organisationId: need.organisationId, weightTotal });
    }
    const offers = await prisma.skillOffer.findMany({ include: { skills: true } });
    expect(
      offers.every(
        (offer) =>
          offer.status === 'OPEN' &&
          offer.organisationId !== null &&
          offer.skills.every((skill) => skill.open && skill.organisationId === offer.organisationId),
      ),
    ).toBe(true);
  });

  it('creates the curated skills with their search text: 150+, 15–25 in every category but OTHER', async () => {
    const prisma = db.database.prisma;
    const skills = await prisma.skill.findMany();
    expect(skills.length).toBeGreaterThanOrEqual(MIN_CURATED_SKILLS);
    const perCategory = await prisma.skill.groupBy({ by: ['category'], _count: { _all: true } });
    const counts = Object.fromEntries(perCategory.map((group) => [group.category, group._count._all]));
    for (const category of Object.values(SkillCategory).filter((c) => c !== 'OTHER')) {
      expect(counts[category], category).toBeGreaterThanOrEqual(15);
      expect(counts[category], category).toBeLessThanOrEqual(25);
    }
    for (const skill of skills) expect(skill.searchText).toBe(skillSearchText(skill.labelDe, skill.labelEn, skill.synonyms));
    const plc = await prisma.skill.findUniqueOrThrow({ where: { slug: 'plc-programming' } });
    expect(plc).toMatchObject({ labelDe: 'Speicherprogrammierbare Steuerung (SPS)', category: 'AUTOMATION', escoUri: null });
    expect(plc.synonyms).toContain('SPS');
    // Folded: "Schweißen" is found as "schweissen", "Künstliche" as "kuenstliche".
    expect((await prisma.skill.findUniqueOrThrow({ where: { slug: 'welding-mag' } })).searchText).toContain('schweissen (mag)');
    expect((await prisma.skill.findFirstOrThrow({ where: { searchText: { contains: 'kuenstliche intelligenz' } } })).slug).toBe(
      'artificial-intelligence',
    );
  });

  it('has the real members, 30+ fictional companies in all six regions and 2-4 projects per field', async () => {
    const prisma = db.database.prisma;
    const members = await prisma.organisation.findMany({ where: { isMember: true }, select: { name: true } });
    expect(members.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'Stadt Dortmund',
        'Wirtschaftsförderung Dortmund',
        'Bezirksregierung Arnsberg',
        'IHK Siegen'.replace('IHK', 'Industrie- und Handelskammer'),
      ]),
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

describe('seedDemoData: illustrative region statistics', () => {
  const SUEDWESTFALEN = ['HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST'] as const;

  it('ships commuters both ways between Dortmund and every district, some between districts, and employees of all six regions, labelled illustrative', async () => {
    const rows = await db.database.prisma.regionStatistic.findMany({ where: { year: DEMO_STATISTICS_YEAR } });
    expect(rows).toHaveLength(DEMO_REGION_FIGURES.length);
    expect(rows.every((row) => row.illustrative && row.source === DEMO_STATISTICS_SOURCE)).toBe(true);
    const commuters = new Map(rows.filter((row) => row.kind === 'COMMUTERS').map((row) => [`${row.fromRegionKey}>${row.toRegionKey}`, row.value]));
    for (const district of SUEDWESTFALEN) {
      expect(commuters.get(`${district}>DORTMUND`), district).toBeGreaterThan(0);
      expect(commuters.get(`DORTMUND>${district}`), district).toBeGreaterThan(0);
    }
    expect([...commuters.keys()].filter((key) => !key.includes('DORTMUND')).length).toBeGreaterThanOrEqual(3);
    expect(commuters.get('SOEST>DORTMUND')).toBeGreaterThanOrEqual(10_000);
    const employees = new Map(rows.filter((row) => row.kind === 'EMPLOYEES').map((row) => [row.toRegionKey, row.value]));
    expect([...employees.keys()].sort()).toEqual(['DORTMUND', ...SUEDWESTFALEN].sort());
    expect(employees.get('DORTMUND')).toBeGreaterThan(200_000);
  });

  it('restores a changed illustrative figure but never overwrites a real one', async () => {
    const prisma = db.database.prisma;
    const figure = (fromRegionKey: 'SOEST' | 'DORTMUND', toRegionKey: 'SOEST' | 'DORTMUND') =>
      prisma.regionStatistic.findFirstOrThrow({ where: { kind: 'COMMUTERS', year: DEMO_STATISTICS_YEAR, fromRegionKey, toRegionKey } });
    const real = await figure('SOEST', 'DORTMUND');
    const edited = await figure('DORTMUND', 'SOEST');
    await prisma.regionStatistic.update({ where: { id: real.id }, data: { value: 13_204, source: 'IT.NRW, Pendlerrechnung', illustrative: false } });
    await prisma.regionStatistic.update({ where: { id: edited.id }, data: { value: 1 } });

    expect(await seedDemoData(prisma)).toMatchObject({ regionStatistics: 1 });
    expect(await figure('SOEST', 'DORTMUND')).toMatchObject({ value: 13_204, source: 'IT.NRW, Pendlerrechnung', illustrative: false });
    expect(await figure('DORTMUND', 'SOEST')).toMatchObject({ value: edited.value, illustrative: true });
    expect(await seedDemoData(prisma)).toMatchObject({ regionStatistics: 0 });
  });
});

describe('loadReferenceData: skills.json', () => {
  let dir: string;
  const original = JSON.parse(readFileSync(path.join(seedDir(), 'reference', 'skills.json'), 'utf8')) as SeedSkill[];

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'wiw-seed-'));
    cpSync(seedDir(), dir, { recursive: true });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const loadWith = (skills: unknown[]) => {
    writeFileSync(path.join(dir, 'reference', 'skills.json'), JSON.stringify(skills));
    return () => loadReferenceData(dir);
  };
  const skill = (index: number, change: Partial<Record<keyof SeedSkill, unknown>>) => ({ ...original[index], ...change });

  it('accepts the curated file', () => {
    expect(loadWith(original)().skills).toHaveLength(original.length);
  });

  it('refuses duplicate slugs, German labels and ESCO URIs', () => {
    const load = loadWith([
      ...original,
      skill(0, {}),
      skill(1, { slug: 'java-again', labelDe: 'JAVA' }),
      skill(2, { slug: 'javascript-again', labelDe: 'JavaScript (nochmal)' }),
    ]);
    expect(load).toThrow(/skill python: slug "python" is also used by python/);
    expect(load).toThrow(/skill java-again: labelDe "JAVA" is also used by java/);
    expect(load).toThrow(/skill javascript-again: escoUri "http:\/\/data.europa.eu\/esco\/skill\/3cd569a2[^"]*" is also used by javascript/);
  });

  it('refuses bad slugs, the esco- prefix, empty or over-long labels, unknown categories, bad ESCO URIs and unknown fields', () => {
    const invalid = (change: Partial<Record<keyof SeedSkill | 'note', unknown>>, message: RegExp) =>
      expect(loadWith([...original.slice(1), skill(0, change)]), JSON.stringify(change)).toThrow(message);
    invalid({ slug: 'Python' }, /expected lower-case words joined by single hyphens/);
    invalid({ slug: 'py--thon' }, /expected lower-case words joined by single hyphens/);
    invalid({ slug: 'esco-python' }, /the prefix esco- is kept for imported ESCO skills/);
    invalid({ labelDe: '  ' }, /labelDe/);
    invalid({ labelEn: 'x'.repeat(121) }, /labelEn/);
    invalid({ synonyms: [''] }, /synonyms/);
    invalid({ category: 'COOKING' }, /category/);
    invalid(
      { escoUri: 'https://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d' },
      /expected http:\/\/data.europa.eu\/esco\/skill\/<concept id>/,
    );
    invalid({ note: 'typo' }, /note/);
  });

  it('refuses a synonym that repeats a label or another synonym', () => {
    expect(loadWith([...original.slice(1), skill(0, { synonyms: ['python', 'Py', 'PY'] })])).toThrow(
      /skill python: synonym "python" repeats a label or another synonym\n- skill python: synonym "PY" repeats/,
    );
  });

  it(`refuses fewer than ${MIN_CURATED_SKILLS} skills`, () => {
    expect(loadWith(original.slice(0, 10))).toThrow(`skills.json has 10 skills; at least ${MIN_CURATED_SKILLS} are expected`);
  });
});

describe('loadDemoData: organisations.json', () => {
  let dir: string;
  const original = JSON.parse(readFileSync(path.join(seedDir(), 'demo', 'organisations.json'), 'utf8')) as Array<Record<string, unknown>>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'wiw-seed-demo-'));
    cpSync(seedDir(), dir, { recursive: true });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const loadWith = (organisations: unknown[]) => {
    writeFileSync(path.join(dir, 'demo', 'organisations.json'), JSON.stringify(organisations));
    return () => loadDemoData(dir);
  };

  it('accepts the fictional organisations', () => {
    expect(loadWith(original)().organisations).toHaveLength(original.length);
  });

  it('refuses a website, a slug of a real organisation and an isFictional field (the folder says it)', () => {
    const [first, ...rest] = original;
    expect(loadWith([{ ...first, website: 'https://example.org' }, ...rest])).toThrow(
      `${String(first!.slug)}: a fictional organisation has no website`,
    );
    expect(loadWith([{ ...first, slug: 'ihk-siegen' }, ...rest])).toThrow('organisation slug ihk-siegen is used twice');
    expect(loadWith([{ ...first, isFictional: false }, ...rest])).toThrow(/prisma\/seed\/demo\/organisations.json is invalid[\s\S]*isFictional/);
  });
});
