import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  PLACE_ACCESSIBILITY_NOTE_MAX_LENGTH,
  PLACE_CANCELLATION_DEADLINE_HOURS,
  PLACE_DAY_PRICE_CENTS,
  PLACE_DESCRIPTION_MAX_LENGTH,
  PLACE_DESKS,
  PLACE_NAME_LENGTH,
  PLACE_OPENING_HOURS_LENGTH,
  PLACE_PHOTO_CREDIT_MAX_LENGTH,
  PLACE_POSTAL_CODE_PATTERN,
  PLACE_STREET_LENGTH,
} from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';
import { CoworkingAccessibility, CoworkingAmenity } from '../enums';

@InputType({ description: 'What the operator keeps about a place.' })
export class PlaceFieldsInput {
  @Field()
  @IsString()
  @Length(PLACE_NAME_LENGTH.min, PLACE_NAME_LENGTH.max)
  name: string;

  @Field(() => ID, { description: 'A municipality of the partnership (see regions).' })
  @IsUUID()
  municipalityId: string;

  @Field()
  @IsString()
  @Length(PLACE_STREET_LENGTH.min, PLACE_STREET_LENGTH.max)
  street: string;

  @Field({ description: 'Five digits.' })
  @IsString()
  @Matches(PLACE_POSTAL_CODE_PATTERN)
  postalCode: string;

  @Field()
  @IsString()
  @Length(PLACE_OPENING_HOURS_LENGTH.min, PLACE_OPENING_HOURS_LENGTH.max)
  @MultiLine()
  openingHours: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(PLACE_DESCRIPTION_MAX_LENGTH)
  @MultiLine()
  description: string;

  @Field(() => [CoworkingAmenity], { defaultValue: [] })
  @ArrayMaxSize(Object.keys(CoworkingAmenity).length)
  @IsEnum(CoworkingAmenity, { each: true })
  amenities: CoworkingAmenity[];

  @Field(() => [CoworkingAccessibility], { defaultValue: [] })
  @ArrayMaxSize(Object.keys(CoworkingAccessibility).length)
  @IsEnum(CoworkingAccessibility, { each: true })
  accessibility: CoworkingAccessibility[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(PLACE_ACCESSIBILITY_NOTE_MAX_LENGTH)
  @MultiLine()
  accessibilityNote: string;

  @Field(() => Int)
  @IsInt()
  @Min(PLACE_DESKS.min)
  @Max(PLACE_DESKS.max)
  desks: number;

  @Field(() => Int, { nullable: true, description: 'Cents; null when free for everyone.' })
  @IsOptional()
  @IsInt()
  @Min(PLACE_DAY_PRICE_CENTS.min)
  @Max(PLACE_DAY_PRICE_CENTS.max)
  dayPriceCents?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  freeForMembers: boolean;

  @Field(() => String, { nullable: true, description: 'Photo origin and licence, e.g. "Foto: Betreiber, CC BY 4.0".' })
  @IsOptional()
  @IsString()
  @MaxLength(PLACE_PHOTO_CREDIT_MAX_LENGTH)
  photoCredit?: string | null;

  @Field(() => Int, { defaultValue: 24 })
  @IsInt()
  @Min(PLACE_CANCELLATION_DEADLINE_HOURS.min)
  @Max(PLACE_CANCELLATION_DEADLINE_HOURS.max)
  cancellationDeadlineHours: number;
}

@InputType()
export class CreateCoworkingPlaceInput extends PlaceFieldsInput {
  @Field(() => ID, { description: 'The verified organisation that runs the place (I must belong to it).' })
  @IsUUID()
  operatorId: string;
}

@InputType()
export class UpdateCoworkingPlaceInput extends PlaceFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class CoworkingPlacesArgs {
  @Field(() => ID, { nullable: true, description: 'Sort by distance from this municipality (nearest first) and fill distanceKm.' })
  @IsOptional()
  @IsUUID()
  nearMunicipalityId?: string | null;
}
