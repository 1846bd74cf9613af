import { ArgsType, Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import type { Period, PeriodKind } from '@wiw/domain';
import { RegionKey } from '../../common/graphql/enums';
import { DateScalar } from '../../common/scalars/date.scalar';

export const DashboardPeriodKind = { MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR', CUSTOM: 'CUSTOM' } as const satisfies Record<
  PeriodKind,
  PeriodKind
>;
registerEnumType(DashboardPeriodKind, {
  name: 'DashboardPeriodKind',
  description: 'A calendar month, quarter or year (the one containing `from`, or today), or CUSTOM from–to.',
});

@InputType({ description: 'Which period and region the dashboard shows.' })
export class DashboardFilter {
  @Field(() => DashboardPeriodKind, { defaultValue: 'QUARTER' })
  @IsEnum(DashboardPeriodKind)
  period: PeriodKind = 'QUARTER';

  @Field(() => DateScalar, {
    nullable: true,
    description: 'CUSTOM: first day. Otherwise a day in the wanted month, quarter or year (default today).',
  })
  @IsOptional()
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'CUSTOM: last day, included.' })
  @IsOptional()
  to?: Date | null;

  @Field(() => RegionKey, { nullable: true, description: 'Only figures of this region; null for the whole partnership.' })
  @IsOptional()
  @IsEnum(RegionKey)
  region?: RegionKey | null;
}

@ArgsType()
export class DashboardArgs {
  @Field(() => DashboardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DashboardFilter)
  filter?: DashboardFilter | null;
}

@ObjectType()
export class DashboardPeriod {
  @Field(() => DashboardPeriodKind)
  kind: PeriodKind;

  @Field(() => DateScalar, { description: 'First day, included.' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day, included.' })
  to: string;
}

/** What every panel is computed for. */
export interface DashboardScope {
  period: Period;
  region: RegionKey | null;
  /** Today in Berlin: milestones before it are overdue. */
  today: string;
}

@ObjectType({ description: 'The partnership dashboard: aggregates only, refreshed at least every minute.' })
export class Dashboard {
  @Field(() => Date, { nullable: true, description: 'The figures include everything written before this time; null before the first refresh.' })
  asOf: Date | null;

  @Field(() => DashboardPeriod)
  period: DashboardPeriod;

  @Field(() => RegionKey, { nullable: true })
  region: RegionKey | null;

  scope: DashboardScope;
}
