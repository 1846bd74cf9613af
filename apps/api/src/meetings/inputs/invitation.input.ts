import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MAX_MEETING_INVITATIONS } from '@wiw/domain';
import { MeetingInvitationAnswer } from '../enums';

@InputType()
export class InviteToMeetingInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Offices to invite (whoever holds one when answering acts for it).' })
  @ArrayMaxSize(MAX_MEETING_INVITATIONS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  officeIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Organisations to invite (any member answers).' })
  @ArrayMaxSize(MAX_MEETING_INVITATIONS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds: string[] = [];
}

@InputType()
export class AnswerMeetingInvitationInput {
  @Field(() => ID)
  @IsUUID()
  invitationId: string;

  @Field(() => MeetingInvitationAnswer, { description: 'YES, NO, or DEPUTY (naming deputyUserId).' })
  @IsEnum(MeetingInvitationAnswer)
  answer: MeetingInvitationAnswer;

  @Field(() => ID, { nullable: true, description: 'DEPUTY: another member of the invited organisation (or of the office’s organisation).' })
  @IsOptional()
  @IsUUID()
  deputyUserId?: string | null;
}
