import { Field, ObjectType } from '@nestjs/graphql';
import { RegionKey, Side } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

@ObjectType({ description: 'Participants of the meetings held, from organisations of one region.' })
export class MeetingParticipantsByRegion {
  @Field(() => RegionKey, { description: 'Region of the participating organisation’s municipality.' })
  region: RegionKey;

  @Field(() => KpiCount, { description: 'Registrations holding a seat at meetings held within the period.' })
  participants: KpiCount;
}

@ObjectType({ description: 'Participants of the meetings held, from organisations of one side of the partnership.' })
export class MeetingParticipantsBySide {
  @Field(() => Side)
  side: Side;

  @Field(() => KpiCount, { description: 'The sum of the side’s regions.' })
  participants: KpiCount;
}

@ObjectType({
  description:
    'Partnership meetings (issue 17): meetings held within the period (started in it, ended by now, not cancelled) and their participants by the region and side of their organisation.',
})
export class MeetingsPanel {
  @Field(() => KpiCount, { description: 'Meetings not cancelled that started within the period (Berlin days) and have ended.' })
  held: KpiCount;

  @Field(() => KpiCount, {
    description:
      'Registrations holding a seat at those meetings, from organisations in the partnership’s regions (the region’s, when one is chosen).',
  })
  participants: KpiCount;

  @Field(() => [MeetingParticipantsByRegion], { description: 'Every region of the partnership, in region order.' })
  byRegion: MeetingParticipantsByRegion[];

  @Field(() => [MeetingParticipantsBySide], { description: 'Dortmund and Südwestfalen.' })
  bySide: MeetingParticipantsBySide[];
}
