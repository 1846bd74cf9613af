import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsDivisibleBy, IsEnum, IsInt, Max, Min } from 'class-validator';
import {
  BOOKING_HORIZON_DAYS,
  BUFFER_MINUTES,
  CANCELLATION_DEADLINE_HOURS,
  FORMAT_CAPACITY,
  FORMAT_DESCRIPTION_MAX_LENGTH,
  FORMAT_DURATION_MINUTES,
  FORMAT_LOCATION_LENGTH,
  MEETING_LINK_MAX_LENGTH,
  MINIMUM_NOTICE_HOURS,
  SEARCH_MAX_LENGTH,
  TITLE_LENGTH,
} from '@wiw/domain';
import { TopicFieldKey } from '../../common/graphql/enums';
import { ConsultationMode } from '../common/enums';
import { Text, Id, OptionalId, OptionalEnum, OptionalHttpsLink } from '../../common/validation/input-decorators';

/** Everything a consultation format says; an update replaces all of it. */
@InputType()
export class ConsultationFormatInput {
  @Field()
  @Text(TITLE_LENGTH)
  title: string;

  @Field()
  @Text({ max: FORMAT_DESCRIPTION_MAX_LENGTH, multiLine: true })
  description: string;

  @Field(() => TopicFieldKey)
  @IsEnum(TopicFieldKey)
  topicField: TopicFieldKey;

  @Field(() => Int, {
    description: `${FORMAT_DURATION_MINUTES.min} to ${FORMAT_DURATION_MINUTES.max} minutes, in steps of ${FORMAT_DURATION_MINUTES.step}.`,
  })
  @IsInt()
  @Min(FORMAT_DURATION_MINUTES.min)
  @Max(FORMAT_DURATION_MINUTES.max)
  @IsDivisibleBy(FORMAT_DURATION_MINUTES.step)
  durationMinutes: number;

  @Field(() => ConsultationMode)
  @IsEnum(ConsultationMode)
  mode: ConsultationMode;

  @Field(() => String, { nullable: true, description: 'ONSITE: the address.' })
  @Text({ ...FORMAT_LOCATION_LENGTH, optional: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'REMOTE: the meeting link (https), shown only to booked participants.' })
  @OptionalHttpsLink(MEETING_LINK_MAX_LENGTH)
  meetingLink?: string | null;

  @Field(() => Int, { description: `${FORMAT_CAPACITY.min} for a one-to-one consultation, up to ${FORMAT_CAPACITY.max} for a group session.` })
  @IsInt()
  @Min(FORMAT_CAPACITY.min)
  @Max(FORMAT_CAPACITY.max)
  capacity: number;

  @Field(() => Int, { defaultValue: 0, description: `Minutes kept free before, ${BUFFER_MINUTES.min} to ${BUFFER_MINUTES.max}.` })
  @IsInt()
  @Min(BUFFER_MINUTES.min)
  @Max(BUFFER_MINUTES.max)
  bufferBeforeMinutes: number = 0;

  @Field(() => Int, { defaultValue: 0, description: `Minutes kept free after, ${BUFFER_MINUTES.min} to ${BUFFER_MINUTES.max}.` })
  @IsInt()
  @Min(BUFFER_MINUTES.min)
  @Max(BUFFER_MINUTES.max)
  bufferAfterMinutes: number = 0;

  @Field(() => Int, {
    defaultValue: 24,
    description: `Bookable until this many hours before the start, ${MINIMUM_NOTICE_HOURS.min} to ${MINIMUM_NOTICE_HOURS.max}.`,
  })
  @IsInt()
  @Min(MINIMUM_NOTICE_HOURS.min)
  @Max(MINIMUM_NOTICE_HOURS.max)
  minimumNoticeHours: number = 24;

  @Field(() => Int, { defaultValue: 60, description: `Bookable this many days ahead, ${BOOKING_HORIZON_DAYS.min} to ${BOOKING_HORIZON_DAYS.max}.` })
  @IsInt()
  @Min(BOOKING_HORIZON_DAYS.min)
  @Max(BOOKING_HORIZON_DAYS.max)
  bookingHorizonDays: number = 60;

  @Field(() => Int, {
    defaultValue: 24,
    description: `Companies may cancel or reschedule until this many hours before the start, ${CANCELLATION_DEADLINE_HOURS.min} to ${CANCELLATION_DEADLINE_HOURS.max}.`,
  })
  @IsInt()
  @Min(CANCELLATION_DEADLINE_HOURS.min)
  @Max(CANCELLATION_DEADLINE_HOURS.max)
  cancellationDeadlineHours: number = 24;
}

@InputType()
export class CreateConsultationFormatInput extends ConsultationFormatInput {
  @Id({ description: 'The advisory or member organisation I offer it for (I must belong to it).' })
  organisationId: string;
}

export enum ConsultationFormatOrder {
  NEWEST = 'NEWEST',
  NEXT_FREE_SLOT = 'NEXT_FREE_SLOT',
}

registerEnumType(ConsultationFormatOrder, {
  name: 'ConsultationFormatOrder',
  description: 'NEWEST first, or NEXT_FREE_SLOT: soonest free time first, formats without one last.',
});

@InputType()
export class ConsultationFormatFilter {
  @OptionalEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @OptionalId()
  advisorId?: string | null;

  @OptionalId()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in title, description or advisor name (umlauts folded).' })
  @Text({ max: SEARCH_MAX_LENGTH, optional: true })
  query?: string | null;
}
