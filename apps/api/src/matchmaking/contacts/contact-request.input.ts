import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CONTACT_MESSAGE_LENGTH } from '@wiw/domain';
import { PageArgs } from '../../common/pagination/pagination';
import { ContactRequestStatus } from '../common/enums';
import { MultiLine } from '../../common/graphql/input-text';

@InputType()
export class RequestContactInput {
  @Field(() => ID)
  @IsUUID()
  needId: string;

  @Field(() => ID)
  @IsUUID()
  offerId: string;

  @Field({ description: `${CONTACT_MESSAGE_LENGTH.min} to ${CONTACT_MESSAGE_LENGTH.max} characters; the other side reads it before deciding.` })
  @IsString()
  @Length(CONTACT_MESSAGE_LENGTH.min, CONTACT_MESSAGE_LENGTH.max)
  @MultiLine()
  message: string;
}

export enum ContactBox {
  INBOX = 'INBOX',
  OUTBOX = 'OUTBOX',
}
registerEnumType(ContactBox, { name: 'ContactBox', description: 'INBOX: requests to me or my organisations; OUTBOX: requests we sent.' });

@ArgsType()
export class ContactRequestsArgs extends PageArgs {
  @Field(() => ContactBox)
  @IsEnum(ContactBox)
  box: ContactBox;

  @Field(() => ContactRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContactRequestStatus)
  status?: ContactRequestStatus | null;
}
