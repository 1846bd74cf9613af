import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { AGENDA_LENGTH, CANCELLATION_REASON_LENGTH, IDEMPOTENCY_KEY_LENGTH, RESCHEDULE_NOTE_MAX_LENGTH } from '@wiw/domain';
import { PageArgs } from '../../common/pagination/pagination';
import { DateScalar } from '../../common/scalars/date.scalar';
import { MultiLine } from '../../common/graphql/input-text';
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

  @Field({ description: `What we want to talk about, ${AGENDA_LENGTH.min} to ${AGENDA_LENGTH.max} characters.` })
  @IsString()
  @Length(AGENDA_LENGTH.min, AGENDA_LENGTH.max)
  @MultiLine()
  agenda: string;

  @Field(() => String, {
    nullable: true,
    description: 'A fresh random key per booking attempt (e.g. a UUID): a retried request returns the same booking.',
  })
  @IsOptional()
  @IsString()
  @Length(IDEMPOTENCY_KEY_LENGTH.min, IDEMPOTENCY_KEY_LENGTH.max)
  @Matches(/^[A-Za-z0-9_-]+$/)
  idempotencyKey?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: `Why, ${CANCELLATION_REASON_LENGTH.min} to ${CANCELLATION_REASON_LENGTH.max} characters (the other side reads it).` })
  @IsString()
  @Length(CANCELLATION_REASON_LENGTH.min, CANCELLATION_REASON_LENGTH.max)
  @MultiLine()
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

  @Field(() => String, { nullable: true, description: `Optional note for the other side, at most ${RESCHEDULE_NOTE_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(RESCHEDULE_NOTE_MAX_LENGTH)
  @MultiLine()
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
