import path from 'node:path';
import { skillSearchText } from '@wiw/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../testing';
import { importEscoSkills, importEscoSkillsFile, SkillImportBatchError, type SkillImportReport } from './importer';
import { formatImportReport } from './summary';

const DE = path.join(__dirname, 'fixtures', 'esco-skills-de.csv');
const EN = path.join(__dirname, 'fixtures', 'esco-skills-en.csv');
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const fake = (n: number) => `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000000${n}`;
const CNC = fake(1);

const snapshot = (prisma: PrismaClient) => prisma.skill.findMany({ orderBy: { slug: 'asc' } });
const counts = (report: SkillImportReport) => {
  const { inserted, updated, unchanged, skipped, rejected, rows } = report;
  return { rows, inserted, updated, unchanged, skipped, rejected };
};

describe('importEscoSkills on the ESCO fixtures (seeded database)', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let seeded: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = db.database.prisma;
    seeded = await prisma.skill.count();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('counts in a dry run what an import would do, and writes nothing', async () => {
    const before = await snapshot(prisma);
    const report = await importEscoSkillsFile(prisma, DE, { lang: 'de', dryRun: true });
    expect(counts(report)).toEqual({ rows: 8, inserted: 4, updated: 1, unchanged: 0, skipped: 1, rejected: 2 });
    expect(report.dryRun).toBe(true);
    expect(await snapshot(prisma)).toEqual(before);
  });

  it('imports the German file: new skills, synonyms of the curated skill with the same URI, a report of bad rows', async () => {
    const progress: Array<[number, number]> = [];
    const report = await importEscoSkillsFile(prisma, DE, { lang: 'de', onProgress: (rows, bytes) => progress.push([rows, bytes]) });
    expect(counts(report)).toEqual({ rows: 8, inserted: 4, updated: 1, unchanged: 0, skipped: 1, rejected: 2 });
    expect(formatImportReport(report, 'esco-skills-de.csv')).toBe(
      [
        'Imported: esco-skills-de.csv (de), 8 rows',
        '  inserted   4',
        '  updated    1',
        '  unchanged  0',
        '  skipped    1 (status not "released")',
        '  rejected   2',
        'Skipped and rejected rows (3):',
        '  line 10: skipped: status is "obsolete", not "released"',
        '  line 11: rejected: conceptUri "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000005" is not an ESCO skill URI (http://data.europa.eu/esco/skill/<id>)',
        '  line 12: rejected: preferredLabel is empty',
      ].join('\n'),
    );
    expect(progress.map(([rows]) => rows)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.at(-1)![1]).toBeGreaterThan(1500);

    expect(await prisma.skill.count()).toBe(seeded + 4);
    const cnc = await prisma.skill.findUniqueOrThrow({ where: { escoUri: CNC } });
    expect(cnc).toMatchObject({
      slug: 'esco-00000000-0000-4000-8000-000000000001',
      labelDe: 'CNC-Werkzeugmaschinen bedienen',
      labelEn: 'CNC-Werkzeugmaschinen bedienen',
      // The third alternative label equals the preferred one.
      synonyms: ['CNC-Maschinen bedienen', 'CNC-Maschinen steuern'],
      category: 'OTHER',
    });
    expect(cnc.searchText).toBe('cnc-werkzeugmaschinen bedienen cnc-maschinen bedienen cnc-maschinen steuern');
    expect(await prisma.skill.findUniqueOrThrow({ where: { escoUri: fake(2) } })).toMatchObject({
      labelDe: 'Lagerbestände nach "FIFO" verwalten, kontrollieren',
      synonyms: ['Lagerbestände verwalten'],
    });
    expect(await prisma.skill.findUniqueOrThrow({ where: { escoUri: fake(3) } })).toMatchObject({ labelDe: 'Gabelstapler fahren', synonyms: [] });
    expect(await prisma.skill.findUniqueOrThrow({ where: { escoUri: fake(7) } })).toMatchObject({
      labelDe: 'Spritzgießen',
      synonyms: ['Spritzguss', 'Kunststoffspritzgießen'],
    });
    for (const n of [4, 5, 6]) expect(await prisma.skill.findUnique({ where: { escoUri: fake(n) } })).toBeNull();

    // The curated skill keeps its labels; ESCO's label and new alternative labels become synonyms.
    const python = await prisma.skill.findUniqueOrThrow({ where: { escoUri: PYTHON } });
    expect(python).toMatchObject({ slug: 'python', labelDe: 'Python', labelEn: 'Python', category: 'SOFTWARE' });
    expect(python.synonyms).toEqual([
      'Python 3',
      'Python-Programmierung',
      'Python programming',
      'Python (Computerprogrammierung)',
      'Python-Skripting',
    ]);
    expect(python.searchText).toBe(skillSearchText(python.labelDe, python.labelEn, python.synonyms));
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot(prisma);
    const report = await importEscoSkillsFile(prisma, DE, { lang: 'de' });
    expect(counts(report)).toEqual({ rows: 8, inserted: 0, updated: 0, unchanged: 5, skipped: 1, rejected: 2 });
    expect(await snapshot(prisma)).toEqual(before);
  });

  it('imports the English file: English labels of imported skills, never a curated label; then again changes nothing', async () => {
    const report = await importEscoSkillsFile(prisma, EN, { lang: 'en' });
    expect(counts(report)).toEqual({ rows: 2, inserted: 0, updated: 2, unchanged: 0, skipped: 0, rejected: 0 });
    expect(report.issues).toEqual([]);

    const cnc = await prisma.skill.findUniqueOrThrow({ where: { escoUri: CNC } });
    expect(cnc).toMatchObject({ labelDe: 'CNC-Werkzeugmaschinen bedienen', labelEn: 'operate CNC machine tools' });
    expect(cnc.synonyms).toEqual(['CNC-Maschinen bedienen', 'CNC-Maschinen steuern', 'run CNC machines', 'use CNC machine tools']);
    expect(cnc.searchText).toContain('operate cnc machine tools');
    const python = await prisma.skill.findUniqueOrThrow({ where: { escoUri: PYTHON } });
    expect(python).toMatchObject({ labelDe: 'Python', labelEn: 'Python' });
    expect(python.synonyms.slice(-2)).toEqual(['Python (computer programming)', 'Python 3K']);

    const before = await snapshot(prisma);
    expect(counts(await importEscoSkillsFile(prisma, EN, { lang: 'en' }))).toMatchObject({ updated: 0, unchanged: 2 });
    expect(counts(await importEscoSkillsFile(prisma, DE, { lang: 'de' }))).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(await snapshot(prisma)).toEqual(before);
  });
});

describe('importEscoSkills: batches, categories and files it cannot read', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = db.database.prisma;
  });

  afterAll(async () => {
    await db.drop();
  });

  const csv = (...rows: string[]) => ['conceptUri,preferredLabel,altLabels\n', ...rows.map((row) => `${row}\n`)];

  it('files new skills under the given category, in batches; rejects a concept listed twice and a slug taken by another skill', async () => {
    await prisma.skill.create({
      data: {
        slug: 'esco-00000000-0000-4000-8000-000000000009',
        labelDe: 'Eigener Skill',
        labelEn: 'Own skill',
        synonyms: [],
        category: 'BUSINESS',
        searchText: 'eigener skill own skill',
      },
    });
    const report = await importEscoSkills(
      prisma,
      csv(`${fake(1)},Fräsen,`, `${fake(2)},Drehen,`, `${fake(1)},Fräsen nochmal,`, `${fake(9)},Schleifen,`, `${fake(3)},Bohren,"Bohrung\nbohren"`),
      { lang: 'de', category: 'METALWORKING', batchSize: 2 },
    );
    expect(counts(report)).toEqual({ rows: 5, inserted: 3, updated: 0, unchanged: 0, skipped: 0, rejected: 2 });
    expect(report.issues).toEqual([
      { line: 4, kind: 'rejected', reason: `conceptUri ${fake(1)} already appeared on line 2` },
      {
        line: 5,
        kind: 'rejected',
        reason: 'slug esco-00000000-0000-4000-8000-000000000009 belongs to another skill that does not carry this conceptUri',
      },
    ]);
    const created = await prisma.skill.findMany({ where: { escoUri: { in: [fake(1), fake(2), fake(3)] } }, orderBy: { slug: 'asc' } });
    expect(created.map((skill) => [skill.labelDe, skill.category, skill.synonyms])).toEqual([
      ['Fräsen', 'METALWORKING', []],
      ['Drehen', 'METALWORKING', []],
      // "bohren" differs from the label only in case.
      ['Bohren', 'METALWORKING', ['Bohrung']],
    ]);
  });

  it('lists the first 20 bad rows and counts all of them', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `http://example.org/${i},x,`);
    const report = await importEscoSkills(prisma, csv(...bad), { lang: 'de' });
    expect(report.rejected).toBe(25);
    expect(report.issues).toHaveLength(20);
    expect(report.issues[19]!.line).toBe(21);
    expect(formatImportReport(report, 'bad.csv')).toMatch(
      /Skipped and rejected rows \(25, the first 20 listed\):\n {2}line 2: rejected: [^\n]+\n[\s\S]*\n {2}… and 5 more$/,
    );
  });

  it('rolls a failing batch back as a whole and keeps the batches before it', async () => {
    const statements = [
      `CREATE FUNCTION refuse_skill() RETURNS trigger AS $$ BEGIN IF NEW."labelDe" = 'Verboten' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER refuse_skill BEFORE INSERT ON "Skill" FOR EACH ROW EXECUTE FUNCTION refuse_skill()`,
    ];
    for (const sql of statements) await prisma.$executeRawUnsafe(sql);
    try {
      const python = await prisma.skill.findUniqueOrThrow({ where: { escoUri: PYTHON } });
      const rows = csv(`${fake(5)},Erlaubt,`, `${fake(6)},Auch erlaubt,`, `${PYTHON},Python,Py-neu`, `${fake(7)},Verboten,`);
      const error = await importEscoSkills(prisma, rows, { lang: 'de', batchSize: 2 }).catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(SkillImportBatchError);
      expect((error as Error).message).toMatch(
        /^Importing the rows on lines 4–5 failed; that batch was rolled back, the 2 rows before it are imported\. Cause: [\s\S]*refused by test trigger/,
      );
      // The first batch is in; the update of the Python skill in the failed batch is not.
      expect(await prisma.skill.count({ where: { escoUri: { in: [fake(5), fake(6)] } } })).toBe(2);
      expect(await prisma.skill.findUniqueOrThrow({ where: { escoUri: PYTHON } })).toEqual(python);
      expect(await prisma.skill.findUnique({ where: { escoUri: fake(7) } })).toBeNull();
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_skill ON "Skill"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_skill()');
    }
  });

  it('refuses files without the required columns, empty files and broken CSV', async () => {
    await expect(importEscoSkills(prisma, ['uri,label\nhttp://x,y\n'], { lang: 'de' })).rejects.toThrow(
      'The header row has no column conceptUri and no column preferredLabel',
    );
    await expect(importEscoSkills(prisma, [''], { lang: 'en' })).rejects.toThrow('The file is empty');
    await expect(importEscoSkills(prisma, csv(`${fake(8)},"open`), { lang: 'de' })).rejects.toThrow(
      'line 2: a quoted field is not closed before the end of the file',
    );
    expect(await prisma.skill.findUnique({ where: { escoUri: fake(8) } })).toBeNull();
  });
});
