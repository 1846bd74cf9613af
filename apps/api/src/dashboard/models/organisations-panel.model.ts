import { Field, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, RegionKey, Side } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

@ObjectType()
export class OrganisationFigures {
  @Field(() => KpiCount, { description: 'Registered on the portal by the end of the period.' })
  total: KpiCount;

  @Field(() => KpiCount, { description: 'Member organisations of the initiative among them.' })
  members: KpiCount;

  @Field(() => KpiCount, { description: 'Registered within the period.' })
  newInPeriod: KpiCount;
}

@ObjectType()
export class OrganisationRegionRow extends OrganisationFigures {
  @Field(() => RegionKey)
  region: RegionKey;

  @Field(() => Side, { nullable: true })
  side: Side | null;
}

@ObjectType()
export class OrganisationSideRow extends OrganisationFigures {
  @Field(() => Side, { nullable: true, description: 'Null: outside the partnership (OTHER).' })
  side: Side | null;
}

@ObjectType()
export class OrganisationKindRow extends OrganisationFigures {
  @Field(() => OrganisationKind)
  kind: OrganisationKind;
}

@ObjectType({ description: 'Organisations on the portal by region, side and kind.' })
export class OrganisationsPanel extends OrganisationFigures {
  @Field(() => [OrganisationRegionRow], { description: 'Every region, in the order of the regions.' })
  byRegion: OrganisationRegionRow[];

  @Field(() => [OrganisationSideRow])
  bySide: OrganisationSideRow[];

  @Field(() => [OrganisationKindRow], { description: 'Kinds with at least one organisation.' })
  byKind: OrganisationKindRow[];
}
