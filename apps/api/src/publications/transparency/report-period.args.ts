import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** A year (2020–2100) and optionally a quarter (1–4); as GraphQL arguments and as URL parameters. */
@ArgsType()
export class ReportPeriodArgs {
  @Field(() => Int)
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true, description: '1–4; none: the whole year.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn([1, 2, 3, 4])
  quarter?: number | null;
}
