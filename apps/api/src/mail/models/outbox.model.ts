import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutboxStatus, type OutboxMessage as OutboxRow } from '@wiw/db';
import { ConnectionType } from '../../common/pagination/pagination';

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'PENDING: to be sent (again); SENT; FAILED: given up after 8 attempts.' });

/**
 * "velkamp@demo.example.org" → "v***@demo.example.org": enough for the joint office to tell mails
 * apart and recognise a mistyped domain, without listing people's addresses.
 */
export function maskRecipient(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

@ObjectType({ description: 'A mail in the outbox, without its content (the joint office sees what failed and why).' })
export class OutboxMail {
  @Field(() => ID) id: string;
  @Field() template: string;
  @Field({ description: 'The address, masked: first character and domain (v***@example.org).' }) recipient: string;
  @Field() locale: string;
  @Field(() => OutboxStatus) status: OutboxStatus;
  @Field(() => Int, { description: 'Delivery attempts so far.' }) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (no credentials).' }) lastError: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'When the next attempt is due (pending mails).' }) nextAttemptAt: Date;

  static from(row: OutboxRow): OutboxMail {
    const { id, template, recipient, locale, status, attempts, lastError, createdAt, nextAttemptAt } = row;
    return Object.assign(new OutboxMail(), {
      id,
      template,
      recipient: maskRecipient(recipient),
      locale,
      status,
      attempts,
      lastError,
      createdAt,
      nextAttemptAt,
    });
  }
}

@ObjectType({ description: 'The mail outbox for the joint office: counts, and the failed and pending mails, newest first.' })
export class MailOutbox {
  @Field(() => Int) pending: number;
  @Field(() => Int) failed: number;
  @Field(() => [OutboxMail], { description: 'Failed mails first, then pending ones; at most 100.' }) mails: OutboxMail[];
}

@ObjectType()
export class OutboxMailConnection extends ConnectionType(OutboxMail, 'OutboxMail') {}
