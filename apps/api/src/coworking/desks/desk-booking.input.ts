import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../../common/scalars/date.scalar';

@InputType()
export class BookDeskInput {
  @Field(() => ID)
  @IsUUID()
  placeId: string;

  @Field(() => DateScalar, { description: 'The Berlin calendar day, from today up to 60 days ahead.' })
  @IsDate()
  date: Date;

  @Field(() => ID, { nullable: true, description: 'The organisation I book for (I must belong to it); empty for myself.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType()
export class CancelDeskBookingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class MyDeskBookingsArgs {
  @Field({ defaultValue: false, description: 'Past days (latest first) instead of today and later (soonest first).' })
  @IsBoolean()
  past: boolean;
}

@ArgsType()
export class DesksLeftArgs {
  @Field(() => DateScalar)
  @IsDate()
  date: Date;
}
