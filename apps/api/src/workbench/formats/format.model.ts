import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConsultationFormat as FormatRow } from '@wiw/db';
import { ConnectionType } from '../../common/pagination/pagination';
import { ConsultationMode, FormatStatus } from '../common/enums';

@ObjectType({ description: 'An advisor as the workbench shows them: name only.' })
export class Advisor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A consultation an advisor offers at the digital workbench: one-to-one (capacity 1) or a group session.' })
export class ConsultationFormat {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  topicFieldKey: string;
  advisorId: string;
  organisationId: string;
  /** Resolved only for the advisor (participants see it on their booking). */
  meetingLinkValue: string | null;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => ConsultationMode)
  mode: ConsultationMode;

  @Field(() => String, { nullable: true, description: 'ONSITE: the address.' })
  location: string | null;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  bufferBeforeMinutes: number;

  @Field(() => Int)
  bufferAfterMinutes: number;

  @Field(() => Int)
  minimumNoticeHours: number;

  @Field(() => Int)
  bookingHorizonDays: number;

  @Field(() => Int)
  cancellationDeadlineHours: number;

  @Field(() => FormatStatus)
  status: FormatStatus;

  @Field()
  updatedAt: Date;

  static from(row: FormatRow): ConsultationFormat {
    return Object.assign(new ConsultationFormat(), {
      id: row.id,
      title: row.title,
      description: row.description,
      topicFieldKey: row.topicFieldKey,
      advisorId: row.advisorId,
      organisationId: row.organisationId,
      meetingLinkValue: row.meetingLink,
      durationMinutes: row.durationMinutes,
      mode: row.mode,
      location: row.location,
      capacity: row.capacity,
      bufferBeforeMinutes: row.bufferBeforeMinutes,
      bufferAfterMinutes: row.bufferAfterMinutes,
      minimumNoticeHours: row.minimumNoticeHours,
      bookingHorizonDays: row.bookingHorizonDays,
      cancellationDeadlineHours: row.cancellationDeadlineHours,
      status: row.status,
      updatedAt: row.updatedAt,
    });
  }
}

@ObjectType()
export class ConsultationFormatConnection extends ConnectionType(ConsultationFormat, 'ConsultationFormat') {}
