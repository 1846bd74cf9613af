import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TopicFieldKey } from '../../common/graphql/enums';

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

@ObjectType({ description: 'The five topic fields: projects by status, milestones, progress. With a region: projects with a participant from it.' })
export class TopicFieldsPanel {
  @Field(() => [TopicFieldProgressRow], { description: 'All five topic fields, in their order.' })
  fields: TopicFieldProgressRow[];
}
