import { foldText, organisationSearchText, skillSearchText } from '@wiw/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { seedLegalPages } from './legal-pages';
import { loadReferenceData, townKey, type ReferenceData, type SeedOrganisation, type SeedSkill } from './reference-data';

/** How many rows of each kind the reference data created. */
export interface ReferenceReport {
  regions: number;
  municipalities: number;
  topicFields: number;
  organisations: number;
  skills: number;
  legalPages: number;
}

const SEED_VERIFIED_AT = new Date('2026-01-01T00:00:00Z');

/** Transactions of the seed may take a while on a cold PGlite; they never wait long for a lock. */
export const SEED_TRANSACTION = { timeout: 60_000, maxWait: 30_000 } as const;

/**
 * Loads the reference data: regions, municipalities, the five topic fields, the real member
 * organisations and research institutes, the curated skills, the default legal pages. Runs on every start in every
 * environment. Creates what is missing (by key, slug, or name + region) and never changes
 * existing rows, so a second run changes nothing and edits made in the portal are kept. One
 * transaction: all or nothing.
 */
export async function seedReferenceData(prisma: PrismaClient, data: ReferenceData = loadReferenceData()): Promise<ReferenceReport> {
  return prisma.$transaction(async (tx) => {
    const regions = await tx.region.createMany({ data: data.regions, skipDuplicates: true });
    const municipalities = await tx.municipality.createMany({
      data: data.municipalities.map(({ region, ...rest }) => ({ regionKey: region, ...rest })),
      skipDuplicates: true,
    });
    const topicFields = await tx.topicField.createMany({ data: data.topicFields, skipDuplicates: true });
    const organisations = await createOrganisations(tx, data.organisations, { isFictional: false });
    const skills = await seedSkills(tx, data.skills);
    const legalPages = await seedLegalPages(tx, data.legalPages);
    return { regions: regions.count, municipalities: municipalities.count, topicFields: topicFields.count, organisations, skills, legalPages };
  }, SEED_TRANSACTION);
}

/**
 * Creates the organisations that are missing (by slug), verified, in their municipality (which
 * must exist); returns how many.
 */
export async function createOrganisations(
  tx: Prisma.TransactionClient,
  organisations: ReadonlyArray<SeedOrganisation>,
  flags: { isFictional: boolean },
): Promise<number> {
  const towns = await tx.municipality.findMany({ select: { id: true, name: true, regionKey: true } });
  const townId = new Map(towns.map((t) => [townKey({ name: t.name, region: t.regionKey }), t.id]));
  const regionByKey = new Map((await tx.region.findMany({ select: { key: true, name: true } })).map((r) => [r.key as string, r]));
  const { count } = await tx.organisation.createMany({
    data: organisations.map(({ municipality, region, ...org }) => {
      const municipalityId = townId.get(townKey({ name: municipality, region }));
      if (!municipalityId) throw new Error(`Municipality ${municipality} (${region}) of ${org.slug} is missing: load the reference data first.`);
      return {
        ...org,
        ...flags,
        municipalityId,
        verifiedAt: SEED_VERIFIED_AT,
        sortName: foldText(org.name),
        searchText: organisationSearchText({
          name: org.name,
          shortName: org.shortName,
          municipality,
          industry: org.industry,
          region: regionByKey.get(region),
        }),
      };
    }),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Creates the curated skills that are missing (by slug; a skill whose ESCO URI is already taken by
 * an imported one is left out too) and returns how many. Never changes existing skills.
 */
export async function seedSkills(db: Prisma.TransactionClient, skills: ReadonlyArray<SeedSkill> = loadReferenceData().skills): Promise<number> {
  const { count } = await db.skill.createMany({
    data: skills.map((skill) => ({
      ...skill,
      escoUri: skill.escoUri ?? null,
      searchText: skillSearchText(skill.labelDe, skill.labelEn, skill.synonyms),
    })),
    skipDuplicates: true,
  });
  return count;
}
