import { Field, ObjectType } from '@nestjs/graphql';
import { TopicFieldKey } from '../../common/graphql/enums';
import { Skill, SkillCategory } from '../../matchmaking';
import { KpiCount } from './kpi.model';

@ObjectType({ description: 'Needs published within the period, by their status today.' })
export class NeedFigures {
  @Field(() => KpiCount, { description: 'All published (open, filled or closed).' })
  published: KpiCount;

  @Field(() => KpiCount)
  open: KpiCount;

  @Field(() => KpiCount)
  filled: KpiCount;
}

@ObjectType()
export class NeedTopicFieldRow extends NeedFigures {
  @Field(() => TopicFieldKey)
  topicField: TopicFieldKey;
}

@ObjectType({ description: 'A need counts once in every category it asks a skill of.' })
export class NeedCategoryRow extends NeedFigures {
  @Field(() => SkillCategory)
  category: SkillCategory;
}

@ObjectType({ description: 'A skill in short supply today: open needs asking for it against open offers with it.' })
export class SkillGapRow {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => KpiCount, { description: 'Open needs asking for the skill.' })
  demand: KpiCount;

  @Field(() => KpiCount, { description: 'Open offers with the skill.' })
  supply: KpiCount;

  @Field(() => KpiCount, { description: 'Demand minus supply: "< 3" like any count when it is 1 or 2, and hidden whenever demand or supply is.' })
  gap: KpiCount;
}

@ObjectType({ description: 'Skills: open and filled needs, and the largest gaps.' })
export class SkillsPanel extends NeedFigures {
  @Field(() => [NeedTopicFieldRow], { description: 'All five topic fields, in their order.' })
  byTopicField: NeedTopicFieldRow[];

  @Field(() => [NeedCategoryRow], { description: 'Every skill category.' })
  byCategory: NeedCategoryRow[];

  @Field(() => [SkillGapRow], {
    description:
      'At most ten skills with the largest gap (demand above supply; at least 3 open needs), today, ordered by the shown figures; not bound to the period.',
  })
  largestGaps: SkillGapRow[];
}
