import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RegionKey, Side, TopicFieldKey } from '../../common/graphql/enums';
import { KpiCount } from './kpi.model';

@ObjectType({ description: 'Approved projects and their milestones of a topic field. Projects are public, so their figures are never suppressed.' })
export class TopicFieldProgressRow {
  @Field(() => TopicFieldKey)
  topicField: TopicFieldKey;

  @Field(() => Int)
  projectsPlanned: number;

  @Field(() => Int)
  projectsActive: number;

  @Field(() => Int)
  projectsCompleted: number;

  @Field(() => Int)
  projectsPaused: number;

  @Field(() => Int, { description: 'Milestones due within the period and done.' })
  milestonesDone: number;

  @Field(() => Int, { description: 'Milestones due within the period, not done, due today or later.' })
  milestonesDue: number;

  @Field(() => Int, { description: 'Milestones due within the period, not done, due before today.' })
  milestonesOverdue: number;

  @Field(() => Float, { description: 'Done share of all milestones of the field (not bound to the period), 0 to 1.' })
  progress: number;
}

@ObjectType({ description: 'Organisations of a region taking part in approved projects (today, not bound to the period or the region filter).' })
export class ParticipationRow {
  @Field(() => RegionKey)
  region: RegionKey;

  @Field(() => Side, { nullable: true })
  side: Side | null;

  @Field(() => KpiCount, { description: 'Organisations from the region taking part in at least one project.' })
  organisations: KpiCount;

  @Field(() => KpiCount, { description: 'Of those, organisations taking part in a project led from the other side of the partnership.' })
  crossSide: KpiCount;
}

@ObjectType({ description: 'The five topic fields: projects by status, milestones, progress. With a region: projects with a participant from it.' })
export class TopicFieldsPanel {
  @Field(() => [TopicFieldProgressRow], { description: 'All five topic fields, in their order.' })
  fields: TopicFieldProgressRow[];

  @Field(() => [ParticipationRow], { description: 'Participation by region, in the regions’ order; cross-side participation is a partnership KPI.' })
  participation: ParticipationRow[];
}
