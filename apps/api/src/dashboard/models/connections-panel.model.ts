import { Field, ObjectType } from '@nestjs/graphql';
import { RegionKey } from '../../common/graphql/enums';
import { KpiCount, KpiRate } from './kpi.model';

@ObjectType({ description: 'Contact requests between the region of a need and the region of an offer.' })
export class RegionFlow {
  @Field(() => RegionKey, { description: 'Region of the need (the side looking for skills).' })
  needRegion: RegionKey;

  @Field(() => RegionKey, { description: 'Region of the offer (the side offering them).' })
  offerRegion: RegionKey;

  @Field(() => KpiCount, { description: 'Contact requests sent within the period.' })
  requests: KpiCount;

  @Field(() => KpiCount, { description: 'Of these, accepted.' })
  accepted: KpiCount;
}

@ObjectType({ description: 'Matches acted on: contact requests sent within the period, by their status today.' })
export class ConnectionsPanel {
  @Field(() => KpiCount, { description: 'Matches someone asked to be put in touch about (contact requests sent).' })
  requests: KpiCount;

  @Field(() => KpiCount, { description: 'Contact requests accepted: connections made.' })
  accepted: KpiCount;

  @Field(() => KpiRate, { description: 'Accepted share of the requests.' })
  acceptanceRate: KpiRate;

  @Field(() => KpiCount, { description: 'Requests between Dortmund and Südwestfalen (either direction).' })
  crossRegionRequests: KpiCount;

  @Field(() => KpiCount, { description: 'Accepted requests between Dortmund and Südwestfalen.' })
  crossRegionAccepted: KpiCount;

  @Field(() => [RegionFlow], { description: 'Every pair of regions (need region × offer region), in region order; all 49 pairs.' })
  flows: RegionFlow[];
}
