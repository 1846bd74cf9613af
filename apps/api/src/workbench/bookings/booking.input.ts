import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';
import { DateScalar } from '../../common/scalars/date.scalar';
import { MULTI_LINE } from '../../matchmaking/common/text-fields';
import { BookingScope } from '../common/enums';

@InputType()
export class BookConsultationInput {
  @Field(() => ID)
  @IsUUID()
  formatId: string;

  @Field({ description: 'The start of a bookable slot (see bookableSlots).' })
  @IsDate()
  startsAt: Date;

  @Field(() => ID, { description: 'The verified organisation I book for (I must belong to it).' })
  @IsUUID()
  organisationId: string;

  @Field({ description: 'What we want to talk about, 10 to 2000 characters.' })
  @IsString()
  @Length(10, 2000)
  @Matches(MULTI_LINE)
  agenda: string;

  @Field(() => String, { nullable: true, description: 'A fresh random key per booking attempt (e.g. a UUID): a retried request returns the same booking.' })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  idempotencyKey?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Why, 3 to 1000 characters (the other side reads it).' })
  @IsString()
  @Length(3, 1000)
  @Matches(MULTI_LINE)
  reason: string;
}

@InputType()
export class RescheduleBookingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'The start of another bookable slot of the same format.' })
  @IsDate()
  startsAt: Date;

  @Field(() => String, { nullable: true, description: 'Optional note for the other side, at most 1000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(MULTI_LINE)
  reason?: string | null;
}

@ArgsType()
export class MyBookingsArgs extends PageArgs {
  @Field(() => BookingScope, { defaultValue: BookingScope.UPCOMING })
  @IsEnum(BookingScope)
  scope: BookingScope = BookingScope.UPCOMING;
}

@ArgsType()
export class DayRangeArgs {
  @Field(() => DateScalar, { description: 'First day (Europe/Berlin).' })
  @IsDate()
  from: Date;

  @Field(() => DateScalar, { description: 'Last day, inclusive.' })
  @IsDate()
  to: Date;
}

@ArgsType()
export class BookableSlotsArgs extends DayRangeArgs {
  @Field(() => ID)
  @IsUUID()
  formatId: string;
}
