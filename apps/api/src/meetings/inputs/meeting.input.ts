import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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
import { MultiLine } from '../../common/graphql/input-text';
import { MeetingFormat, MeetingKind, MeetingVisibility } from '../enums';

@InputType({ description: 'One item of the agenda; items keep the order in which they are sent.' })
export class AgendaItemInput {
  @Field()
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(AGENDA_ITEM_DESCRIPTION_MAX_LENGTH)
  @MultiLine()
  description: string = '';

  @Field(() => Int, { description: `${AGENDA_ITEM_MINUTES.min} to ${AGENDA_ITEM_MINUTES.max} minutes.` })
  @IsInt()
  @Min(AGENDA_ITEM_MINUTES.min)
  @Max(AGENDA_ITEM_MINUTES.max)
  durationMinutes: number;

  @Field(() => ID, { nullable: true, description: 'The organisation responsible for this item.' })
  @IsOptional()
  @IsUUID()
  responsibleOrganisationId?: string | null;
}

/** Everything a meeting says; an update replaces all of it (the agenda included). */
@InputType()
export class MeetingInput {
  @Field()
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(MEETING_DESCRIPTION_MAX_LENGTH)
  @MultiLine()
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
  @IsOptional()
  @IsString()
  @Length(MEETING_PLACE_LENGTH.min, MEETING_PLACE_LENGTH.max)
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'IN_PERSON and HYBRID: the municipality (for the region filter).' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ONLINE and HYBRID: the meeting link (https), shown only to organisers and registered participants.',
  })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(MEETING_LINK_MAX_LENGTH)
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
  @Field(() => ID, { description: 'The organising organisation: one I belong to (the joint office may name any).' })
  @IsUUID()
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

  @Field(() => TopicFieldKey, { nullable: true })
  @IsOptional()
  @IsEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @Field(() => RegionKey, { nullable: true, description: 'Meetings in a municipality of that region.' })
  @IsOptional()
  @IsEnum(RegionKey)
  region?: RegionKey | null;
}

@InputType()
export class RegisterForMeetingInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => ID, { description: 'The organisation I register for (I must belong to it).' })
  @IsUUID()
  organisationId: string;
}
