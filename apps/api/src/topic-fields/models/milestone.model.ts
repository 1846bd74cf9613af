import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { isOverdue } from '@wiw/domain';
import type { Milestone as MilestoneRow } from '@wiw/db';
import { pick, type Locale } from '../../common/i18n/locale';
import { DateScalar } from '../../common/scalars/date.scalar';

@ObjectType()
export class Milestone {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Order within the project, from 1.' })
  position: number;

  @Field()
  title: string;

  @Field(() => DateScalar)
  dueOn: Date;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The due date first planned, when the milestone has been moved since.' })
  originalDueOn: Date | null;

  @Field()
  done: boolean;

  @Field({ description: 'Not done and due before today (Europe/Berlin).' })
  overdue: boolean;

  projectId: string;
  responsibleOrganisationId: string | null;
  decisionId: string | null;

  static from(row: MilestoneRow, locale: Locale, now: Date = new Date()): Milestone {
    const done = row.doneAt !== null;
    return Object.assign(new Milestone(), {
      id: row.id,
      position: row.position,
      title: pick(locale, row.titleDe, row.titleEn),
      dueOn: row.dueOn,
      doneAt: row.doneAt,
      originalDueOn: row.originalDueOn,
      done,
      overdue: isOverdue(row.dueOn.toISOString().slice(0, 10), done, now),
      projectId: row.projectId,
      responsibleOrganisationId: row.responsibleOrganisationId,
      decisionId: row.decisionId,
    });
  }
}
