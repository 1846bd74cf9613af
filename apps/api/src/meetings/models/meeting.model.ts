import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaItem as AgendaItemRow, Meeting as MeetingRow } from '@wiw/db';
import { TopicFieldKey } from '../../common/graphql/enums';
import { ConnectionType } from '../../common/pagination/pagination';
import { MeetingFormat, MeetingKind, MeetingStatus, MeetingVisibility } from '../enums';

@ObjectType({ description: 'One item of a meeting agenda.' })
export class AgendaItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1, 2, 3 … in the order of the agenda.' })
  position: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int)
  durationMinutes: number;

  responsibleOrganisationId: string | null;
  meetingId: string;

  static from(row: AgendaItemRow): AgendaItem {
    return Object.assign(new AgendaItem(), {
      id: row.id,
      meetingId: row.meetingId,
      position: row.position,
      title: row.title,
      description: row.description,
      durationMinutes: row.durationMinutes,
      responsibleOrganisationId: row.responsibleOrganisationId,
    });
  }
}

@ObjectType({ description: 'A meeting or event of the partnership.' })
export class Meeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => [TopicFieldKey])
  topicFieldKeys: TopicFieldKey[];

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => MeetingFormat)
  format: MeetingFormat;

  @Field(() => String, { nullable: true, description: 'IN_PERSON and HYBRID: address or room (public).' })
  place: string | null;

  @Field(() => MeetingVisibility)
  visibility: MeetingVisibility;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field({ description: 'Participants may register themselves.' })
  registrationOpen: boolean;

  @Field(() => Int, { nullable: true, description: 'Seats; null: no limit.' })
  capacity: number | null;

  @Field()
  waitlistEnabled: boolean;

  @Field(() => Date, { nullable: true })
  registrationDeadline: Date | null;

  @Field(() => Int, { nullable: true })
  perOrganisationCap: number | null;

  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised by every change calendars must follow.' })
  sequence: number;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'CANCELLED: when.' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'CANCELLED: why (as the organiser wrote it).' })
  cancelReason: string | null;

  organiserId: string;
  municipalityId: string | null;
  /** Resolved only for those allowed to see it (meetings.resolver.ts). */
  onlineLinkValue: string | null;

  static from(row: MeetingRow): Meeting {
    return Object.assign(new Meeting(), {
      id: row.id,
      title: row.title,
      description: row.description,
      kind: row.kind,
      topicFieldKeys: row.topicFieldKeys,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      format: row.format,
      place: row.place,
      visibility: row.visibility,
      status: row.status,
      registrationOpen: row.registrationOpen,
      capacity: row.capacity,
      waitlistEnabled: row.waitlistEnabled,
      registrationDeadline: row.registrationDeadline,
      perOrganisationCap: row.perOrganisationCap,
      sequence: row.sequence,
      updatedAt: row.updatedAt,
      cancelledAt: row.cancelledAt,
      cancelReason: row.cancelReason,
      organiserId: row.organiserId,
      municipalityId: row.municipalityId,
      onlineLinkValue: row.onlineLink,
    });
  }
}

@ObjectType()
export class MeetingConnection extends ConnectionType(Meeting, 'Meeting') {}
