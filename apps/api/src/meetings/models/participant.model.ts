import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Prisma } from '@wiw/db';
import { MeetingAttendance, MeetingRegistrationStatus } from '../enums';

export const PARTICIPANT_INCLUDE = {
  user: { select: { name: true } },
  organisation: { select: { name: true } },
} satisfies Prisma.MeetingRegistrationInclude;
export type ParticipantRow = Prisma.MeetingRegistrationGetPayload<{ include: typeof PARTICIPANT_INCLUDE }>;

@ObjectType({ description: 'A registration as the organisers see it: who, for which organisation, seat or waitlist place, code and attendance.' })
export class MeetingParticipant {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingRegistrationStatus)
  status: MeetingRegistrationStatus;

  @Field(() => Int)
  arrivalNumber: number;

  @Field(() => Int, { nullable: true, description: 'WAITLISTED: 1 for the next to move up.' })
  waitlistPosition: number | null;

  @Field()
  code: string;

  @Field()
  personName: string;

  @Field()
  organisationName: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  promotedAt: Date | null;

  @Field(() => MeetingAttendance, { nullable: true })
  attendance: MeetingAttendance | null;

  static from(row: ParticipantRow, waitlistPosition: number | null): MeetingParticipant {
    return Object.assign(new MeetingParticipant(), {
      id: row.id,
      status: row.status,
      arrivalNumber: row.arrivalNumber,
      waitlistPosition,
      code: row.code,
      personName: row.user.name,
      organisationName: row.organisation.name,
      createdAt: row.createdAt,
      promotedAt: row.promotedAt,
      attendance: row.attendance,
    });
  }
}
