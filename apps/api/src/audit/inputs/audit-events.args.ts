import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';
import { dateTimeOrInvalid } from '../../common/scalars/date-time.scalar';

/** URL parameters of the CSV export arrive as text: read like the DateTime scalar (Z or an offset required), never in the server's zone. */
const asInstant = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? dateTimeOrInvalid(value) : value);

@InputType({ description: 'All given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. session.opened, or a prefix ending in a dot, e.g. "password."' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_.]+$/)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[A-Za-z]+$/)
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @Transform(asInstant)
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  @Transform(asInstant)
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}
