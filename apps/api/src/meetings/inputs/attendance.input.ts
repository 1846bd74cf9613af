import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { REGISTRATION_CODE_LENGTH } from '@wiw/domain';
import { MeetingAttendance } from '../enums';

@InputType()
export class MarkMeetingAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  registrationId: string;

  @Field(() => MeetingAttendance)
  @IsEnum(MeetingAttendance)
  attendance: MeetingAttendance;
}

@InputType()
export class CheckInToMeetingInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field({ description: `The registration code from the confirmation (${REGISTRATION_CODE_LENGTH} characters; case and spaces do not matter).` })
  @IsString()
  @Length(1, 40)
  code: string;
}
