import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Prisma } from '@wiw/db';
import { MeetingInvitationAnswer } from '../enums';

export const INVITATION_INCLUDE = {
  office: { select: { titleDe: true, titleEn: true, organisationId: true } },
  answeredBy: { select: { name: true } },
  deputy: { select: { name: true } },
} satisfies Prisma.MeetingInvitationInclude;
export type InvitationRow = Prisma.MeetingInvitationGetPayload<{ include: typeof INVITATION_INCLUDE }>;

@ObjectType({ description: 'An invitation to a meeting, addressed to an office or an organisation (not to a person).' })
export class MeetingInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingInvitationAnswer)
  answer: MeetingInvitationAnswer;

  @Field(() => String, { nullable: true, description: 'The invited office (its title in the caller’s language); null for an organisation.' })
  officeTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Who answered for the office or organisation.' })
  answeredByName: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'DEPUTY: who goes instead.' })
  deputyName: string | null;

  meetingId: string;
  /** The invited organisation, or the office's organisation. */
  organisationId: string;

  static from(row: InvitationRow, locale: 'de' | 'en'): MeetingInvitation {
    return Object.assign(new MeetingInvitation(), {
      id: row.id,
      answer: row.answer,
      officeTitle: row.office ? (locale === 'en' ? row.office.titleEn : row.office.titleDe) : null,
      answeredByName: row.answeredBy?.name ?? null,
      answeredAt: row.answeredAt,
      deputyName: row.deputy?.name ?? null,
      meetingId: row.meetingId,
      organisationId: row.office?.organisationId ?? row.organisationId!,
    });
  }
}
