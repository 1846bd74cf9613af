import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MeetingRegistration as RegistrationRow } from '@wiw/db';
import { MeetingRegistrationStatus } from '../enums';

@ObjectType({ description: "A person's registration for a meeting, for one of their organisations." })
export class MeetingRegistration {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingRegistrationStatus)
  status: MeetingRegistrationStatus;

  @Field(() => Int, { description: 'Order of arrival: the n-th registration the meeting accepted.' })
  arrivalNumber: number;

  @Field({ description: 'Shown on the confirmation; the organiser checks in by it.' })
  code: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the registration moved up from the waitlist.' })
  promotedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  meetingId: string;
  organisationId: string;
  userId: string;

  static from(row: RegistrationRow): MeetingRegistration {
    return Object.assign(new MeetingRegistration(), {
      id: row.id,
      status: row.status,
      arrivalNumber: row.arrivalNumber,
      code: row.code,
      createdAt: row.createdAt,
      promotedAt: row.promotedAt,
      cancelledAt: row.cancelledAt,
      meetingId: row.meetingId,
      organisationId: row.organisationId,
      userId: row.userId,
    });
  }
}
