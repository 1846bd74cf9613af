import { searchText } from '@wiw/domain';
import type { Prisma } from '../generated/prisma/client';
import type { SeedBoard } from './board-data';

const DAY_MS = 86_400_000;
const WEIGHT = { REQUIRED: 3, NICE_TO_HAVE: 1 } as const;

/**
 * Publishes the demo needs and offers that are missing (an organisation's entry with the same
 * title counts as present), open from now on, with their skill rows as the API writes them.
 */
export async function seedBoard(tx: Prisma.TransactionClient, board: SeedBoard, now: Date = new Date()): Promise<{ needs: number; offers: number }> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (offset: number) => new Date(today + offset * DAY_MS);
  const organisations = new Map((await tx.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
  const towns = new Map(
    (await tx.municipality.findMany({ select: { id: true, name: true, regionKey: true } })).map((m) => [`${m.regionKey}/${m.name}`, m.id]),
  );
  const skills = new Map((await tx.skill.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  let needs = 0;
  for (const entry of board.needs) {
    const organisationId = organisations.get(entry.organisation)!;
    if (await tx.skillNeed.count({ where: { organisationId, title: entry.title } })) continue;
    const weightTotal = entry.skills.reduce((sum, skill) => sum + WEIGHT[skill.weight], 0);
    await tx.skillNeed.create({
      data: {
        organisationId,
        title: entry.title,
        description: entry.description,
        headcount: entry.headcount,
        kind: entry.kind,
        municipalityId: towns.get(`${entry.region}/${entry.municipality}`)!,
        remoteMode: entry.remoteMode,
        startDate: entry.startInDays === null ? null : day(entry.startInDays),
        topicFieldKey: entry.topicField,
        status: 'OPEN',
        publishedAt: now,
        expiresAt: new Date(now.getTime() + 90 * DAY_MS),
        searchText: searchText([entry.title, entry.description]),
        skills: {
          create: entry.skills.map((s) => ({
            skillId: skills.get(s.skill)!,
            weight: s.weight,
            level: s.level,
            open: true,
            organisationId,
            weightTotal,
          })),
        },
      },
    });
    needs += 1;
  }
  let offers = 0;
  for (const entry of board.offers) {
    const organisationId = organisations.get(entry.organisation)!;
    if (await tx.skillOffer.count({ where: { organisationId, title: entry.title } })) continue;
    await tx.skillOffer.create({
      data: {
        kind: entry.kind,
        organisationId,
        title: entry.title,
        description: entry.description,
        municipalityId: towns.get(`${entry.region}/${entry.municipality}`)!,
        radiusKm: entry.radiusKm,
        availableFrom: day(entry.availableInDays),
        remoteWilling: entry.remoteWilling,
        status: 'OPEN',
        publishedAt: now,
        searchText: searchText([entry.title, entry.description]),
        skills: { create: entry.skills.map((s) => ({ skillId: skills.get(s.skill)!, level: s.level, open: true, organisationId })) },
      },
    });
    offers += 1;
  }
  return { needs, offers };
}
