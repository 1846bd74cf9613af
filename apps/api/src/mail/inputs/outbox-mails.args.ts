import { ArgsType, Field } from '@nestjs/graphql';
import { OutboxStatus } from '@wiw/db';
import { IsIn } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';

/** The outbox page's list: pending or failed mails (sent ones are not listed), newest first. */
@ArgsType()
export class OutboxMailsArgs extends PageArgs {
  @Field(() => OutboxStatus, { description: 'PENDING or FAILED (SENT is refused: sent mails are not listed).' })
  @IsIn([OutboxStatus.PENDING, OutboxStatus.FAILED])
  status: OutboxStatus;
}
