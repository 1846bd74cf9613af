import { ArgsType, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { DateScalar } from '../../common/scalars/date.scalar';
import { DashboardPeriod, type DashboardScope } from './dashboard.model';

/** Whole quarters and years only: no custom range, no region filter, so no two answers differ by a day or a region. */
export const PublicPeriodKind = { QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
export type PublicPeriodKind = (typeof PublicPeriodKind)[keyof typeof PublicPeriodKind];
registerEnumType(PublicPeriodKind, { name: 'PublicPeriodKind', description: 'A calendar quarter or year.' });

@ArgsType()
export class PublicFiguresArgs {
  @Field(() => PublicPeriodKind, { defaultValue: 'YEAR' })
  @IsEnum(PublicPeriodKind)
  period: PublicPeriodKind = 'YEAR';

  @Field(() => DateScalar, { nullable: true, description: 'A day in the wanted quarter or year (default today).' })
  @IsOptional()
  from?: Date | null;
}

@ObjectType({
  description:
    'The partnership in figures, for everyone (/zahlen): the dashboard panels that are safe to publish, for the whole partnership, protected by the same disclosure control.',
})
export class PublicFigures {
  @Field(() => Date, { nullable: true, description: 'The figures include everything written before this time; null before the first refresh.' })
  asOf: Date | null;

  @Field(() => DashboardPeriod)
  period: DashboardPeriod;

  scope: DashboardScope;
}
