import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegionKey, Side } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

/** Where a decision led, as of now: no milestone, or the state of the milestone it created or moved. */
export enum DecisionMilestoneStatus {
  NONE = 'NONE',
  DONE = 'DONE',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
}
registerEnumType(DecisionMilestoneStatus, {
  name: 'DecisionMilestoneStatus',
  description: 'Where a decision led, as of now.',
  valuesMap: {
    NONE: { description: 'The decision set no milestone.' },
    DONE: { description: 'Its milestone is done.' },
    OPEN: { description: 'Its milestone is open and not yet due (Berlin day).' },
    OVERDUE: { description: 'Its milestone is open and its due day has passed.' },
  },
});

@ObjectType({ description: 'Decisions taken within the period whose milestone is in one state (as of now).' })
export class MeetingDecisionsByMilestone {
  @Field(() => DecisionMilestoneStatus)
  status: DecisionMilestoneStatus;

  @Field(() => KpiCount)
  decisions: KpiCount;
}

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

  @Field(() => KpiCount, {
    description: 'Decisions in the minutes of meetings not cancelled, taken within the period (Berlin days); of the whole partnership.',
  })
  decisions: KpiCount;

  @Field(() => [MeetingDecisionsByMilestone], { description: 'Those decisions by where they led, as of now: NONE, DONE, OPEN, OVERDUE.' })
  decisionsByMilestone: MeetingDecisionsByMilestone[];
}
