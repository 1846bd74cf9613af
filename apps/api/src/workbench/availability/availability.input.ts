import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AVAILABILITY_NOTE_MAX_LENGTH, MAX_AVAILABILITY_RULES } from '@wiw/domain';
import { DateScalar } from '../../common/scalars/date.scalar';
import { AvailabilityExceptionKind } from '../common/enums';

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const TIME_MESSAGE = { message: 'times are HH:MM between 00:00 and 24:00' };

@InputType({ description: 'A weekly period in Europe/Berlin wall-clock time, e.g. Tuesday 09:00–12:00.' })
export class AvailabilityRuleInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @Field({ description: 'HH:MM' })
  @Matches(TIME_OF_DAY, TIME_MESSAGE)
  start: string;

  @Field({ description: 'HH:MM, after start (24:00 = midnight at the end of the day).' })
  @Matches(TIME_OF_DAY, TIME_MESSAGE)
  end: string;
}

@InputType({ description: 'A dated exception: an absence (the whole day without times) or extra hours.' })
export class AvailabilityExceptionInput {
  @Field(() => DateScalar)
  @IsDate()
  date: Date;

  @Field(() => AvailabilityExceptionKind)
  @IsEnum(AvailabilityExceptionKind)
  kind: AvailabilityExceptionKind;

  @Field(() => String, { nullable: true, description: 'HH:MM; leave out both times for a whole-day absence.' })
  @IsOptional()
  @Matches(TIME_OF_DAY, TIME_MESSAGE)
  start?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME_OF_DAY, TIME_MESSAGE)
  end?: string | null;

  @Field(() => String, { nullable: true, description: `E.g. "Urlaub" or "Messe"; at most ${AVAILABILITY_NOTE_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(AVAILABILITY_NOTE_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'All weekly periods at once; they replace the previous ones.' })
export class AvailabilityRulesInput {
  @Field(() => [AvailabilityRuleInput])
  @ArrayMaxSize(MAX_AVAILABILITY_RULES)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRuleInput)
  rules: AvailabilityRuleInput[];
}
