import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { CoworkingAccessibility, CoworkingAmenity, RegionKey } from '../generated/prisma/enums';
import { slug, text } from './reference-data';

/** A fictional co-working place of the demo data (prisma/seed/demo/coworking.json). */
export const seedPlace = z.object({
  slug,
  name: text,
  operator: slug,
  municipality: text,
  region: z.enum(RegionKey),
  street: text,
  postalCode: z.string().regex(/^\d{5}$/),
  openingHours: text,
  description: z.string(),
  amenities: z.array(z.enum(CoworkingAmenity)),
  accessibility: z.array(z.enum(CoworkingAccessibility)),
  accessibilityNote: z.string(),
  desks: z.number().int().min(1).max(500),
  dayPriceCents: z.number().int().min(0).max(50_000).nullable(),
  freeForMembers: z.boolean(),
  photoCredit: z.string().nullable(),
  cancellationDeadlineHours: z.number().int().min(0).max(168),
});

export type SeedPlace = z.infer<typeof seedPlace>;

/** References of the places that the demo or reference data must hold. */
export function placeProblems(places: readonly SeedPlace[], known: { organisations: ReadonlySet<string>; towns: ReadonlySet<string> }): string[] {
  return places.flatMap((place) => [
    ...(known.organisations.has(place.operator) ? [] : [`${place.slug}: unknown operator ${place.operator}`]),
    ...(known.towns.has(`${place.region}/${place.municipality}`)
      ? []
      : [`${place.slug}: unknown municipality ${place.region}/${place.municipality}`]),
  ]);
}

/** Creates the places that are missing (by slug); existing ones, possibly edited by their operator, stay as they are. */
export async function seedCoworkingPlaces(tx: Prisma.TransactionClient, places: readonly SeedPlace[]): Promise<number> {
  const existing = new Set((await tx.coworkingPlace.findMany({ select: { slug: true } })).map((place) => place.slug));
  const organisations = new Map((await tx.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
  const towns = new Map(
    (await tx.municipality.findMany({ select: { id: true, name: true, regionKey: true } })).map((m) => [`${m.regionKey}/${m.name}`, m.id]),
  );
  const missing = places.filter((place) => !existing.has(place.slug));
  for (const { operator, municipality, region, ...place } of missing) {
    await tx.coworkingPlace.create({
      data: { ...place, operatorId: organisations.get(operator)!, municipalityId: towns.get(`${region}/${municipality}`)!, isFictional: true },
    });
  }
  return missing.length;
}
