import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import {
  AGENDA_ITEM_DESCRIPTION_MAX_LENGTH,
  AGENDA_ITEM_MINUTES,
  MAX_AGENDA_ITEMS,
  MAX_MEETING_TOPIC_FIELDS,
  MEETING_CAPACITY,
  MEETING_DESCRIPTION_MAX_LENGTH,
  MEETING_LINK_MAX_LENGTH,
  MEETING_ORGANISATION_CAP,
  MEETING_PLACE_LENGTH,
  TITLE_LENGTH,
} from '@wiw/domain';
import { RegionKey, TopicFieldKey } from '../../common/graphql/enums';
import { MeetingFormat, MeetingKind, MeetingVisibility } from '../enums';
import { Text, Id, OptionalId, OptionalEnum, OptionalHttpsLink } from '../../common/validation/input-decorators';

@InputType({ description: 'One item of the agenda; items keep the order in which they are sent.' })
export class AgendaItemInput {
  @Field()
  @Text(TITLE_LENGTH)
  title: string;

  @Field({ defaultValue: '' })
  @Text({ max: AGENDA_ITEM_DESCRIPTION_MAX_LENGTH, multiLine: true })
  description: string = '';

  @Field(() => Int, { description: `${AGENDA_ITEM_MINUTES.min} to ${AGENDA_ITEM_MINUTES.max} minutes.` })
  @IsInt()
  @Min(AGENDA_ITEM_MINUTES.min)
  @Max(AGENDA_ITEM_MINUTES.max)
  durationMinutes: number;

  @OptionalId({ description: 'The organisation responsible for this item.' })
  responsibleOrganisationId?: string | null;
}

/** Everything a meeting says; an update replaces all of it (the agenda included). */
@InputType()
export class MeetingInput {
  @Field()
  @Text(TITLE_LENGTH)
  title: string;

  @Field({ defaultValue: '' })
  @Text({ max: MEETING_DESCRIPTION_MAX_LENGTH, multiLine: true })
  description: string = '';

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind)
  kind: MeetingKind;

  @Field(() => [TopicFieldKey], { defaultValue: [] })
  @ArrayMaxSize(MAX_MEETING_TOPIC_FIELDS)
  @ArrayUnique()
  @IsEnum(TopicFieldKey, { each: true })
  topicFields: TopicFieldKey[] = [];

  @Field({ description: 'Start (with an offset; shown in Europe/Berlin).' })
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field(() => MeetingFormat)
  @IsEnum(MeetingFormat)
  format: MeetingFormat;

  @Field(() => String, { nullable: true, description: 'IN_PERSON and HYBRID: address or room.' })
  @Text({ ...MEETING_PLACE_LENGTH, optional: true })
  place?: string | null;

  @OptionalId({ description: 'IN_PERSON and HYBRID: the municipality (for the region filter).' })
  municipalityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ONLINE and HYBRID: the meeting link (https), shown only to organisers and registered participants.',
  })
  @OptionalHttpsLink(MEETING_LINK_MAX_LENGTH)
  onlineLink?: string | null;

  @Field(() => MeetingVisibility)
  @IsEnum(MeetingVisibility)
  visibility: MeetingVisibility;

  @Field({ defaultValue: false, description: 'Participants may register themselves.' })
  @IsBoolean()
  registrationOpen: boolean = false;

  @Field(() => Int, { nullable: true, description: `Seats (${MEETING_CAPACITY.min}–${MEETING_CAPACITY.max}); null: no limit.` })
  @IsOptional()
  @IsInt()
  @Min(MEETING_CAPACITY.min)
  @Max(MEETING_CAPACITY.max)
  capacity?: number | null;

  @Field({ defaultValue: true, description: 'When full, further registrations go onto a waitlist (otherwise MEETING_FULL).' })
  @IsBoolean()
  waitlistEnabled: boolean = true;

  @Field(() => Date, { nullable: true, description: 'Registrations close then; null: when the meeting starts.' })
  @IsOptional()
  @IsDate()
  registrationDeadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Registrations (with waitlist) one organisation may hold; null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(MEETING_ORGANISATION_CAP.min)
  @Max(MEETING_ORGANISATION_CAP.max)
  perOrganisationCap?: number | null;

  @Field(() => [AgendaItemInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda: AgendaItemInput[] = [];
}

@InputType()
export class CreateMeetingInput extends MeetingInput {
  @Id({ description: 'The organising organisation: one I belong to (the joint office may name any).' })
  organiserId: string;
}

@InputType()
export class MeetingFilter {
  @Field(() => Date, { nullable: true, description: 'Meetings ending after this instant (default: now).' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @OptionalEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @OptionalEnum(MeetingKind)
  kind?: MeetingKind | null;

  @OptionalEnum(RegionKey, { description: 'Meetings in a municipality of that region.' })
  region?: RegionKey | null;
}

@InputType()
export class RegisterForMeetingInput {
  @Id()
  meetingId: string;

  @Id({ description: 'The organisation I register for (I must belong to it).' })
  organisationId: string;
}
