import { foldText, organisationSearchText, skillSearchText } from '@wiw/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { writeRegionFigures } from '../stats-import/write';
import { seedBoard } from './board';
import { loadSeedData, type SeedData, type SeedSkill } from './data';
import { DEMO_REGION_FIGURES } from './demo-region-statistics';

export interface SeedReport {
  regions: number;
  municipalities: number;
  topicFields: number;
  organisations: number;
  projects: number;
  skills: number;
  needs: number;
  offers: number;
  /** Illustrative region figures written (missing or changed; real figures are never overwritten). */
  regionStatistics: number;
}

const SEED_VERIFIED_AT = new Date('2026-01-01T00:00:00Z');
const dateOnly = (value: string): Date => new Date(`${value}T00:00:00Z`);
/** A completion day is recorded at 11:00 UTC: midday in Berlin, summer or winter, so it never changes day. */
const completedOn = (value: string): Date => new Date(`${value}T11:00:00Z`);

/**
 * Loads the demo data. Creates what is missing and never changes existing rows, so a second run
 * changes nothing and data edited in the portal is kept. Runs in one transaction: all or nothing.
 * Returns how many rows of each kind were created.
 */
export async function seedDemoData(prisma: PrismaClient, data: SeedData = loadSeedData()): Promise<SeedReport> {
  return prisma.$transaction(
    async (tx) => {
      const regions = await tx.region.createMany({
        data: data.regions.map(({ key, ...rest }) => ({ key, ...rest })),
        skipDuplicates: true,
      });
      const municipalities = await tx.municipality.createMany({
        data: data.municipalities.map(({ region, ...rest }) => ({ regionKey: region, ...rest })),
        skipDuplicates: true,
      });
      const topicFields = await tx.topicField.createMany({ data: data.topicFields, skipDuplicates: true });

      const towns = await tx.municipality.findMany({ select: { id: true, name: true, regionKey: true } });
      const townId = new Map(towns.map((t) => [`${t.regionKey}/${t.name}`, t.id]));
      const organisations = await tx.organisation.createMany({
        data: data.organisations.map(({ municipality, region, ...org }) => ({
          ...org,
          municipalityId: townId.get(`${region}/${municipality}`)!,
          verifiedAt: SEED_VERIFIED_AT,
          sortName: foldText(org.name),
          searchText: organisationSearchText([org.name, org.shortName, municipality, org.industry]),
        })),
        skipDuplicates: true,
      });

      const orgs = await tx.organisation.findMany({ where: { slug: { in: data.organisations.map((o) => o.slug) } }, select: { id: true, slug: true } });
      const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
      const existing = new Set((await tx.project.findMany({ select: { slug: true } })).map((p) => p.slug));
      let projects = 0;
      for (const p of data.projects) {
        if (existing.has(p.slug)) continue;
        await tx.project.create({
          data: {
            slug: p.slug,
            topicFieldKey: p.topicField,
            titleDe: p.titleDe,
            titleEn: p.titleEn,
            descriptionDe: p.descriptionDe,
            descriptionEn: p.descriptionEn,
            status: p.status,
            startsOn: p.startsOn ? dateOnly(p.startsOn) : null,
            participants: {
              create: [
                { organisationId: orgId.get(p.lead)!, role: 'LEAD' as const },
                ...p.partners.map((slug) => ({ organisationId: orgId.get(slug)!, role: 'PARTNER' as const })),
              ],
            },
            milestones: {
              create: p.milestones.map((m, index) => ({
                position: index + 1,
                titleDe: m.titleDe,
                titleEn: m.titleEn,
                dueOn: dateOnly(m.dueOn),
                doneAt: m.doneOn ? completedOn(m.doneOn) : null,
              })),
            },
          },
        });
        projects += 1;
      }
      const skills = await seedSkills(tx, data.skills);
      const board = await seedBoard(tx, data.board);
      const statistics = await writeRegionFigures(tx, DEMO_REGION_FIGURES, { keepReal: true });
      return {
        regions: regions.count,
        municipalities: municipalities.count,
        topicFields: topicFields.count,
        organisations: organisations.count,
        projects,
        skills,
        ...board,
        regionStatistics: statistics.inserted + statistics.updated,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * Creates the curated skills that are missing (by slug; a skill whose ESCO URI is already taken by
 * an imported one is left out too) and returns how many. The taxonomy is reference data, not demo
 * data: callers may load it where the demo data is off. Never changes existing skills.
 */
export async function seedSkills(db: Prisma.TransactionClient, skills: ReadonlyArray<SeedSkill> = loadSeedData().skills): Promise<number> {
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
