import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TopicFieldKey } from '../../common/graphql/enums';
import { KpiCount, KpiRate } from './kpi.model';

@ObjectType({ description: 'Consultations taking place within the period.' })
export class WorkbenchFigures {
  @Field(() => KpiCount, { description: 'Bookings not cancelled (confirmed, attended or no-show).' })
  bookings: KpiCount;

  @Field(() => KpiCount)
  cancelled: KpiCount;

  @Field(() => KpiCount)
  attended: KpiCount;

  @Field(() => KpiCount)
  noShows: KpiCount;

  @Field(() => KpiRate, { description: 'No-shows of the consultations whose attendance was recorded.' })
  noShowRate: KpiRate;

  @Field(() => KpiRate, { description: 'Seats taken of the seats offered in scheduled consultations (group sessions have several).' })
  utilisation: KpiRate;
}

@ObjectType()
export class WorkbenchTopicFieldRow extends WorkbenchFigures {
  @Field(() => TopicFieldKey)
  topicField: TopicFieldKey;
}

@ObjectType({ description: 'An advising organisation of the workbench.' })
export class WorkbenchOrganisationRow extends WorkbenchFigures {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;
}

@ObjectType({
  description:
    'Digital workbench. With a region chosen, bookings, attendance and no-shows count companies of that region, and utilisation the consultations of advisors from that region.',
})
export class WorkbenchPanel extends WorkbenchFigures {
  @Field(() => [WorkbenchTopicFieldRow], { description: 'All five topic fields, in their order.' })
  byTopicField: WorkbenchTopicFieldRow[];

  @Field(() => [WorkbenchOrganisationRow], { description: 'Advising organisations with consultations in the period, by name.' })
  byOrganisation: WorkbenchOrganisationRow[];
}
