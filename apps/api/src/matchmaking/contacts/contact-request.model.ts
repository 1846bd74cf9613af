import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ContactRequest as ContactRequestRow } from '@wiw/db';
import { ConnectionType } from '../../common/pagination/pagination';
import { ContactRequestStatus, ContactSide } from '../common/enums';

@ObjectType({ description: 'A request to get in touch about a need and an offer.' })
export class ContactRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ContactSide)
  fromSide: ContactSide;

  @Field()
  message: string;

  @Field(() => ContactRequestStatus)
  status: ContactRequestStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  needId: string;
  offerId: string;
  row: ContactRequestRow;

  static from(row: ContactRequestRow): ContactRequest {
    return Object.assign(new ContactRequest(), {
      id: row.id,
      fromSide: row.fromSide,
      message: row.message,
      status: row.status,
      createdAt: row.createdAt,
      answeredAt: row.answeredAt,
      needId: row.needId,
      offerId: row.offerId,
      row,
    });
  }
}

@ObjectType()
export class ContactRequestConnection extends ConnectionType(ContactRequest, 'ContactRequest') {}
