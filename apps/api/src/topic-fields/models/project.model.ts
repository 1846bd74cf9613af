import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Project as ProjectRow } from '@wiw/db';
import { ProjectStatus, TopicFieldKey } from '../../common/graphql/enums';
import { pick, type Locale } from '../../common/i18n/locale';
import { DateScalar } from '../../common/scalars/date.scalar';

@ObjectType({ description: 'A project of a topic field, with a lead organisation, partners and milestones.' })
export class Project {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => DateScalar, { nullable: true })
  startsOn: Date | null;

  topicFieldKey: TopicFieldKey;

  static from(row: ProjectRow, locale: Locale): Project {
    return Object.assign(new Project(), {
      id: row.id,
      slug: row.slug,
      title: pick(locale, row.titleDe, row.titleEn),
      description: pick(locale, row.descriptionDe, row.descriptionEn),
      status: row.status,
      startsOn: row.startsOn,
      topicFieldKey: row.topicFieldKey,
    });
  }
}
