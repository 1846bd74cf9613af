import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { CANCELLATION_REASON_LENGTH } from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';

@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({
    description: `Why, ${CANCELLATION_REASON_LENGTH.min} to ${CANCELLATION_REASON_LENGTH.max} characters (shown on the meeting page to everyone who sees the meeting).`,
  })
  @IsString()
  @Length(CANCELLATION_REASON_LENGTH.min, CANCELLATION_REASON_LENGTH.max)
  @MultiLine()
  reason: string;
}
