import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { foldText, organisationSearchText, searchText, skillSearchText } from '@wiw/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../paths';
import { createTestDatabase, type TestDatabase } from '../testing';

/*
 * The migration `search_spellings` recomputes the search text of rows written before it in SQL.
 * Here the demo data is put back the way the code before it wrote search text (folded parts only,
 * organisations without their district), the migration's SQL is run again, and every row must
 * then hold exactly what the domain functions write for new rows.
 */

let db: TestDatabase;

const migrationSql = (): string => {
  const folder = readdirSync(migrationsDir()).find((name) => name.endsWith('_search_spellings'));
  if (!folder) throw new Error('migration search_spellings not found');
  return readFileSync(path.join(migrationsDir(), folder, 'migration.sql'), 'utf8');
};

async function runScript(sql: string): Promise<void> {
  const pglite = db.database.connection.pglite;
  if (pglite) {
    await pglite.exec(sql);
    return;
  }
  const client = new pg.Client({ connectionString: db.url! });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

describe('migration search_spellings', () => {
  it('turns search text written before it into what the domain functions write now', async () => {
    const prisma = db.database.prisma;
    const organisations = await prisma.organisation.findMany({ include: { municipality: { include: { region: true } } } });
    const skills = await prisma.skill.findMany();
    const needs = await prisma.skillNeed.findMany();
    const offers = await prisma.skillOffer.findMany();
    expect(organisations.some((o) => o.municipality.region.key === 'OTHER')).toBe(true);

    const oldOrganisationText = (o: (typeof organisations)[number]) =>
      foldText([o.name, o.shortName, o.municipality.name, o.industry].filter(Boolean).join(' '));
    const oldSkillText = (s: (typeof skills)[number]) => [...new Set([s.labelDe, s.labelEn, ...s.synonyms].map(foldText).filter(Boolean))].join(' ');
    await prisma.$transaction([
      ...organisations.map((o) => prisma.organisation.update({ where: { id: o.id }, data: { searchText: oldOrganisationText(o) } })),
      ...skills.map((s) => prisma.skill.update({ where: { id: s.id }, data: { searchText: oldSkillText(s) } })),
      ...needs.map((n) => prisma.skillNeed.update({ where: { id: n.id }, data: { searchText: foldText(`${n.title} ${n.description}`) } })),
      ...offers.map((o) => prisma.skillOffer.update({ where: { id: o.id }, data: { searchText: foldText(`${o.title} ${o.description}`) } })),
    ]);

    await runScript(migrationSql());

    const stored = async <T extends { id: string; searchText: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row.searchText]));
    const organisationTexts = await stored(await prisma.organisation.findMany());
    for (const o of organisations) {
      const expected = organisationSearchText({
        name: o.name,
        shortName: o.shortName,
        municipality: o.municipality.name,
        industry: o.industry,
        region: o.municipality.region,
      });
      expect(organisationTexts.get(o.id)).toBe(expected);
    }
    const skillTexts = await stored(await prisma.skill.findMany());
    for (const s of skills) expect(skillTexts.get(s.id)).toBe(skillSearchText(s.labelDe, s.labelEn, s.synonyms));
    const needTexts = await stored(await prisma.skillNeed.findMany());
    for (const n of needs) expect(needTexts.get(n.id)).toBe(searchText([n.title, n.description]));
    const offerTexts = await stored(await prisma.skillOffer.findMany());
    for (const o of offers) expect(offerTexts.get(o.id)).toBe(searchText([o.title, o.description]));

    // The demo data exercises what matters: umlauts, districts, words without a loose spelling.
    expect([...organisationTexts.values()].some((text) => text.includes('maerkischer kreis') && text.includes('markischer'))).toBe(true);
    expect([...skillTexts.values()].some((text) => !text.includes('ae') && !text.includes('oe') && !text.includes('ue'))).toBe(true);
  });
});
