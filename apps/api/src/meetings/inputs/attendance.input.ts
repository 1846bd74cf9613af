import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { REGISTRATION_CODE_LENGTH } from '@wiw/domain';
import { MeetingAttendance } from '../enums';
import { Text, Id } from '../../common/validation/input-decorators';

@InputType()
export class MarkMeetingAttendanceInput {
  @Id()
  registrationId: string;

  @Field(() => MeetingAttendance)
  @IsEnum(MeetingAttendance)
  attendance: MeetingAttendance;
}

@InputType()
export class CheckInToMeetingInput {
  @Id()
  meetingId: string;

  @Field({ description: `The registration code from the confirmation (${REGISTRATION_CODE_LENGTH} characters; case and spaces do not matter).` })
  @Text({ min: 1, max: 40 })
  code: string;
}
