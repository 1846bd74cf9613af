import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CoworkingPlace as PlaceRow } from '@wiw/db';
import { CoworkingAccessibility, CoworkingAmenity } from '../enums';

@ObjectType({ description: 'A co-working place with day desks in one of the partnership’s municipalities (topic field 2).' })
export class CoworkingPlace {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Street and house number.' })
  street: string;

  @Field()
  postalCode: string;

  @Field({ description: 'As the operator writes them, e.g. "Mo–Fr 8–18 Uhr".' })
  openingHours: string;

  @Field()
  description: string;

  @Field(() => [CoworkingAmenity])
  amenities: CoworkingAmenity[];

  @Field(() => [CoworkingAccessibility])
  accessibility: CoworkingAccessibility[];

  @Field({ description: 'Further accessibility information in the operator’s words (may be empty).' })
  accessibilityNote: string;

  @Field(() => Int, { description: 'Desks bookable per day.' })
  desks: number;

  @Field(() => Int, { nullable: true, description: 'Price of a day desk in cents; null when free for everyone.' })
  dayPriceCents: number | null;

  @Field({ description: 'Staff of partnership members sit free of charge.' })
  freeForMembers: boolean;

  @Field(() => String, { nullable: true, description: 'Origin and licence of the place’s photo; the portal stores no image files.' })
  photoCredit: string | null;

  @Field(() => Int, { description: 'Hours before the booked day starts (Berlin) until which a desk day can be cancelled.' })
  cancellationDeadlineHours: number;

  @Field({ description: 'Invented for the demo data.' })
  isFictional: boolean;

  @Field(() => Float, { nullable: true, description: 'Distance in km from the municipality asked for (nearMunicipalityId), else null.' })
  distanceKm: number | null;

  operatorId: string;
  municipalityId: string;

  static from(row: PlaceRow, distanceKm: number | null = null): CoworkingPlace {
    return Object.assign(new CoworkingPlace(), {
      id: row.id,
      name: row.name,
      street: row.street,
      postalCode: row.postalCode,
      openingHours: row.openingHours,
      description: row.description,
      amenities: row.amenities,
      accessibility: row.accessibility,
      accessibilityNote: row.accessibilityNote,
      desks: row.desks,
      dayPriceCents: row.dayPriceCents,
      freeForMembers: row.freeForMembers,
      photoCredit: row.photoCredit,
      cancellationDeadlineHours: row.cancellationDeadlineHours,
      isFictional: row.isFictional,
      distanceKm,
      operatorId: row.operatorId,
      municipalityId: row.municipalityId,
    });
  }
}
