import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutboxStatus, type OutboxMessage as OutboxRow } from '@wiw/db';

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'PENDING: to be sent (again); SENT; FAILED: given up after 8 attempts.' });

@ObjectType({ description: 'A mail in the outbox, without its content (the joint office sees what failed and why).' })
export class OutboxMail {
  @Field(() => ID) id: string;
  @Field() template: string;
  @Field() recipient: string;
  @Field() locale: string;
  @Field(() => OutboxStatus) status: OutboxStatus;
  @Field(() => Int, { description: 'Delivery attempts so far.' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (no credentials).' }) lastError: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'When the next attempt is due (pending mails).' }) nextAttemptAt: Date;

  static from(row: OutboxRow): OutboxMail {
    const { id, template, recipient, locale, status, attempts, lastError, createdAt, nextAttemptAt } = row;
    return Object.assign(new OutboxMail(), { id, template, recipient, locale, status, attempts, lastError, createdAt, nextAttemptAt });
  }
}

@ObjectType({ description: 'The mail outbox for the joint office: counts, and the failed and pending mails, newest first.' })
export class MailOutbox {
  @Field(() => Int) pending: number;
  @Field(() => Int) failed: number;
  @Field(() => [OutboxMail], { description: 'Failed mails first, then pending ones; at most 100.' }) mails: OutboxMail[];
}
