import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegionStatisticKind } from '@wiw/db';
import { RegionKey } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

registerEnumType(RegionStatisticKind, { name: 'RegionStatisticKind', description: 'COMMUTERS between two regions; EMPLOYEES by place of work.' });

@ObjectType({ description: 'A public figure with its source and year.' })
export class RegionStatisticRow {
  @Field(() => RegionStatisticKind)
  kind: RegionStatisticKind;

  @Field(() => Int)
  year: number;

  @Field(() => RegionKey, { nullable: true, description: 'COMMUTERS: where they live; null for EMPLOYEES.' })
  fromRegion: RegionKey | null;

  @Field(() => RegionKey, { description: 'Where they work.' })
  toRegion: RegionKey;

  @Field(() => KpiCount)
  value: KpiCount;

  @Field()
  source: string;

  @Field({ description: 'Made-up demo figure, not an official statistic.' })
  illustrative: boolean;
}

@ObjectType({
  description: 'Public statistics about the regions, imported with `npm run stats:import`: the latest year up to the end of the period.',
})
export class RegionContextPanel {
  @Field(() => [RegionStatisticRow], { description: 'Commuters between the regions, largest first.' })
  commuters: RegionStatisticRow[];

  @Field(() => [RegionStatisticRow], { description: 'Employees by place of work, in region order.' })
  employees: RegionStatisticRow[];
}
