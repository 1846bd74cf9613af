import type { PrismaClient } from '../generated/prisma/client';
import { writeRegionFigures } from '../stats-import/write';
import { seedBoard } from './board';
import { seedCoworkingPlaces } from './coworking';
import { loadDemoData, type DemoData } from './demo-data';
import { DEMO_REGION_FIGURES } from './demo-region-statistics';
import { createOrganisations, SEED_TRANSACTION } from './reference';

/** How many rows of each kind the demo data created (or, for statistics, wrote). */
export interface DemoReport {
  organisations: number;
  projects: number;
  needs: number;
  offers: number;
  /** Illustrative region figures written (missing or changed; real figures are never overwritten). */
  regionStatistics: number;
  coworkingPlaces: number;
}

const dateOnly = (value: string): Date => new Date(`${value}T00:00:00Z`);
/** A completion day is recorded at 11:00 UTC: midday in Berlin, summer or winter, so it never changes day. */
const completedOn = (value: string): Date => new Date(`${value}T11:00:00Z`);

/**
 * Loads the demo data on top of the reference data (which must be loaded: see seedReferenceData):
 * fictional organisations, illustrative projects, the skills board's entries and illustrative
 * region statistics. Creates what is missing and never changes existing rows (illustrative
 * figures excepted, which are restored unless a real import replaced them). One transaction.
 */
export async function seedDemoData(prisma: PrismaClient, data: DemoData = loadDemoData()): Promise<DemoReport> {
  return prisma.$transaction(async (tx) => {
    if ((await tx.topicField.count()) === 0) throw new Error('The reference data is missing: load it before the demo data.');
    const organisations = await createOrganisations(tx, data.organisations, { isFictional: true });

    const slugs = [...new Set(data.projects.flatMap((p) => [p.lead, ...p.partners, ...(p.applications ?? []).map((a) => a.organisation)]))];
    const orgId = new Map(
      (await tx.organisation.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
    );
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
          goal: p.goal ?? '',
          regions: p.regions ?? [],
          openForParticipants: p.openForParticipants ?? false,
          applications: { create: (p.applications ?? []).map((a) => ({ organisationId: orgId.get(a.organisation)!, role: a.role, note: a.note })) },
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
    const board = await seedBoard(tx, data.board);
    const statistics = await writeRegionFigures(tx, DEMO_REGION_FIGURES, { keepReal: true });
    const coworkingPlaces = await seedCoworkingPlaces(tx, data.coworking);
    return { organisations, projects, ...board, regionStatistics: statistics.inserted + statistics.updated, coworkingPlaces };
  }, SEED_TRANSACTION);
}
