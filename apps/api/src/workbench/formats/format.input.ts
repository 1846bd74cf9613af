import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDivisibleBy, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { TopicFieldKey } from '../../common/graphql/enums';
import { MULTI_LINE, SINGLE_LINE, TITLE_LENGTH } from '../../matchmaking/common/text-fields';
import { ConsultationMode } from '../common/enums';

/** Everything a consultation format says; an update replaces all of it. */
@InputType()
export class ConsultationFormatInput {
  @Field()
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  @Matches(SINGLE_LINE)
  title: string;

  @Field()
  @IsString()
  @MaxLength(3000)
  @Matches(MULTI_LINE)
  description: string;

  @Field(() => TopicFieldKey)
  @IsEnum(TopicFieldKey)
  topicField: TopicFieldKey;

  @Field(() => Int, { description: '15 to 480 minutes, in steps of 5.' })
  @IsInt()
  @Min(15)
  @Max(480)
  @IsDivisibleBy(5)
  durationMinutes: number;

  @Field(() => ConsultationMode)
  @IsEnum(ConsultationMode)
  mode: ConsultationMode;

  @Field(() => String, { nullable: true, description: 'ONSITE: the address.' })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  @Matches(SINGLE_LINE)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'REMOTE: the meeting link (https), shown only to booked participants.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  meetingLink?: string | null;

  @Field(() => Int, { description: '1 for a one-to-one consultation, up to 200 for a group session.' })
  @IsInt()
  @Min(1)
  @Max(200)
  capacity: number;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes kept free before, 0 to 240.' })
  @IsInt()
  @Min(0)
  @Max(240)
  bufferBeforeMinutes: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes kept free after, 0 to 240.' })
  @IsInt()
  @Min(0)
  @Max(240)
  bufferAfterMinutes: number = 0;

  @Field(() => Int, { defaultValue: 24, description: 'Bookable until this many hours before the start, 0 to 720.' })
  @IsInt()
  @Min(0)
  @Max(720)
  minimumNoticeHours: number = 24;

  @Field(() => Int, { defaultValue: 60, description: 'Bookable this many days ahead, 1 to 365.' })
  @IsInt()
  @Min(1)
  @Max(365)
  bookingHorizonDays: number = 60;

  @Field(() => Int, { defaultValue: 24, description: 'Companies may cancel or reschedule until this many hours before the start, 0 to 720.' })
  @IsInt()
  @Min(0)
  @Max(720)
  cancellationDeadlineHours: number = 24;
}

@InputType()
export class CreateConsultationFormatInput extends ConsultationFormatInput {
  @Field(() => ID, { description: 'The advisory or member organisation I offer it for (I must belong to it).' })
  @IsUUID()
  organisationId: string;
}

@InputType()
export class ConsultationFormatFilter {
  @Field(() => TopicFieldKey, { nullable: true })
  @IsOptional()
  @IsEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  advisorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in title, description or advisor name (umlauts folded).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string | null;
}
