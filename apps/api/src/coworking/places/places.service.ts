import { Inject, Injectable } from '@nestjs/common';
import type { CoworkingPlace, Prisma, PrismaClient } from '@wiw/db';
import { byDistance, greatCircleKm } from '@wiw/domain';
import { requireMember, requireVerifiedMember } from '../../access';
import { AuditService, changedFields } from '../../audit';
import { isUuid } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { PlaceMunicipalityError, PlaceNotFoundError } from '../coworking.errors';
import type { CreateCoworkingPlaceInput, PlaceFieldsInput, UpdateCoworkingPlaceInput } from './place.input';

type Db = Prisma.TransactionClient;
type Actor = { id: string };
/** The directory is small (a few places per municipality); this is a safety cap, not a page. */
const MAX_PLACES = 500;

export interface PlaceWithDistance {
  row: CoworkingPlace;
  distanceKm: number | null;
}

function fields(input: PlaceFieldsInput) {
  return {
    name: input.name.trim(),
    municipalityId: input.municipalityId.toLowerCase(),
    street: input.street.trim(),
    postalCode: input.postalCode,
    openingHours: input.openingHours.trim(),
    description: input.description.trim(),
    amenities: [...new Set(input.amenities)],
    accessibility: [...new Set(input.accessibility)],
    accessibilityNote: input.accessibilityNote.trim(),
    desks: input.desks,
    dayPriceCents: input.dayPriceCents ?? null,
    freeForMembers: input.freeForMembers,
    photoCredit: input.photoCredit?.trim() || null,
    cancellationDeadlineHours: input.cancellationDeadlineHours,
  };
}

function slugOf(name: string, id: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'ort'}-${id.slice(0, 8)}`;
}

/** The directory of co-working places; operators' members keep their places. Every change is audited. */
@Injectable()
export class PlacesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** All places, by name, or nearest first from a municipality (distance between the municipalities' coordinates). */
  async list(nearMunicipalityId: string | null | undefined): Promise<PlaceWithDistance[]> {
    const rows = await this.prisma.coworkingPlace.findMany({
      include: { municipality: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: MAX_PLACES,
    });
    if (!nearMunicipalityId) return rows.map((row) => ({ row, distanceKm: null }));
    const home = isUuid(nearMunicipalityId) ? await this.prisma.municipality.findUnique({ where: { id: nearMunicipalityId } }) : null;
    if (!home) throw new PlaceMunicipalityError();
    const measured = rows.map((row) => ({ row, name: row.name, distanceKm: Math.round(greatCircleKm(home, row.municipality) * 10) / 10 }));
    return byDistance(measured).map(({ row, distanceKm }) => ({ row, distanceKm }));
  }

  async find(id: string): Promise<CoworkingPlace> {
    const place = isUuid(id) ? await this.prisma.coworkingPlace.findUnique({ where: { id } }) : null;
    if (!place) throw new PlaceNotFoundError();
    return place;
  }

  async create(actor: Actor, input: CreateCoworkingPlaceInput, requestId: string): Promise<CoworkingPlace> {
    return this.prisma.$transaction(async (tx) => {
      await requireVerifiedMember(tx, actor.id, input.operatorId);
      await this.requirePartnershipMunicipality(tx, input.municipalityId);
      const id = crypto.randomUUID();
      const place = await tx.coworkingPlace.create({
        data: { id, slug: slugOf(input.name, id), operatorId: input.operatorId.toLowerCase(), ...fields(input) },
      });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: place.operatorId,
        action: 'coworking-place.created',
        entityType: 'CoworkingPlace',
        entityId: place.id,
        changes: fields(input),
        requestId,
      });
      return place;
    });
  }

  /** Members of the operator organisation only; anyone else learns nothing beyond "not a member". */
  async update(actor: Actor, input: UpdateCoworkingPlaceInput, requestId: string): Promise<CoworkingPlace> {
    return this.prisma.$transaction(async (tx) => {
      const before = isUuid(input.id) ? await tx.coworkingPlace.findUnique({ where: { id: input.id } }) : null;
      if (!before) throw new PlaceNotFoundError();
      await requireMember(tx, actor.id, before.operatorId);
      await this.requirePartnershipMunicipality(tx, input.municipalityId);
      const data = fields(input);
      const after = await tx.coworkingPlace.update({ where: { id: before.id }, data });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: before.operatorId,
        action: 'coworking-place.updated',
        entityType: 'CoworkingPlace',
        entityId: before.id,
        changes: changedFields(before, Object.fromEntries(Object.keys(data).map((key) => [key, after[key as keyof CoworkingPlace]]))),
        requestId,
      });
      return after;
    });
  }

  private async requirePartnershipMunicipality(db: Db, id: string): Promise<void> {
    const found = isUuid(id) ? await db.municipality.count({ where: { id, region: { side: { not: null } } } }) : 0;
    if (found === 0) throw new PlaceMunicipalityError();
  }
}
