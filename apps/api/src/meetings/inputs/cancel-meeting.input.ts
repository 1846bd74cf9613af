import { Field, InputType } from '@nestjs/graphql';
import { CANCELLATION_REASON_LENGTH } from '@wiw/domain';
import { Text, Id } from '../../common/validation/input-decorators';

@InputType()
export class CancelMeetingInput {
  @Id()
  id: string;

  @Field({
    description: `Why, ${CANCELLATION_REASON_LENGTH.min} to ${CANCELLATION_REASON_LENGTH.max} characters (shown on the meeting page to everyone who sees the meeting).`,
  })
  @Text({ ...CANCELLATION_REASON_LENGTH, multiLine: true })
  reason: string;
}
