import { Field, ObjectType } from '@nestjs/graphql';
import { RegionKey } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

@ObjectType({ description: 'Desk days booked in the co-working places of one region.' })
export class DeskDaysByRegion {
  @Field(() => RegionKey, { description: 'Region of the place’s municipality.' })
  region: RegionKey;

  @Field(() => KpiCount, { description: 'Confirmed desk days within the period.' })
  deskDays: KpiCount;
}

@ObjectType({ description: 'Day desks in co-working places (topic field 2): confirmed desk days within the period, by the place’s region.' })
export class CoworkingPanel {
  @Field(() => KpiCount, { description: 'Confirmed (not cancelled) desk days whose day lies within the period.' })
  deskDays: KpiCount;

  @Field(() => [DeskDaysByRegion], { description: 'Every region of the partnership, in region order; the rows add up to deskDays.' })
  byRegion: DeskDaysByRegion[];
}
