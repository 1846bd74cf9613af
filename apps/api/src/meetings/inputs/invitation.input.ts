import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsUUID } from 'class-validator';
import { MAX_MEETING_INVITATIONS } from '@wiw/domain';
import { MeetingInvitationAnswer } from '../enums';
import { Id, OptionalId } from '../../common/validation/input-decorators';

@InputType()
export class InviteToMeetingInput {
  @Id()
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
  @Id()
  invitationId: string;

  @Field(() => MeetingInvitationAnswer, { description: 'YES, NO, or DEPUTY (naming deputyUserId).' })
  @IsEnum(MeetingInvitationAnswer)
  answer: MeetingInvitationAnswer;

  @OptionalId({ description: 'DEPUTY: another member of the invited organisation (or of the office’s organisation).' })
  deputyUserId?: string | null;
}
