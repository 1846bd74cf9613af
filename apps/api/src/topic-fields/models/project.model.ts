import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Project as ProjectRow } from '@wiw/db';
import { ProjectApproval } from '@wiw/db';
import { ProjectStatus, RegionKey, TopicFieldKey } from '../../common/graphql/enums';
import { pick, type Locale } from '../../common/i18n/locale';
import { DateScalar } from '../../common/scalars/date.scalar';

registerEnumType(ProjectApproval, { name: 'ProjectApproval', description: "The joint office's decision on a proposed project." });

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

  @Field(() => DateScalar, { nullable: true })
  endsOn: Date | null;

  @Field({ description: 'What the project wants to reach; empty for projects that have not stated it.' })
  goal: string;

  @Field(() => [RegionKey], { description: 'Regions the project works in.' })
  regions: RegionKey[];

  @Field({ description: 'Whether verified organisations can apply to take part.' })
  openForParticipants: boolean;

  @Field(() => ProjectApproval, { description: "APPROVED projects are public; an owner's proposal is PENDING until the joint office decides." })
  approval: ProjectApproval;

  @Field(() => String, { nullable: true, description: 'Why the joint office rejected the proposal.' })
  approvalReason: string | null;

  topicFieldKey: TopicFieldKey;

  static from(row: ProjectRow, locale: Locale): Project {
    return Object.assign(new Project(), {
      id: row.id,
      slug: row.slug,
      title: pick(locale, row.titleDe, row.titleEn),
      description: pick(locale, row.descriptionDe, row.descriptionEn),
      status: row.status,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      goal: row.goal,
      regions: row.regions,
      openForParticipants: row.openForParticipants,
      approval: row.approval,
      approvalReason: row.approvalReason,
      topicFieldKey: row.topicFieldKey,
    });
  }
}
