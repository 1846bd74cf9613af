import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NewsRef } from '../models/news-item.model';

@ObjectType({ description: 'A figure of the report and the news items behind it.' })
export class ReportFigure {
  @Field(() => Int)
  count: number;

  @Field(() => [NewsRef])
  items: NewsRef[];
}

@ObjectType({ description: 'Promotion paid from one budget line.' })
export class ReportBudgetLine {
  @Field()
  budgetLine: string;

  @Field(() => Int)
  cents: number;

  @Field(() => ReportFigure)
  items: ReportFigure;
}

@ObjectType({ description: 'A publicly funded medium and the other items that reuse it.' })
export class ReportReusedMedium {
  @Field()
  title: string;

  @Field()
  sourceUrl: string;

  @Field(() => [NewsRef])
  reusedIn: NewsRef[];
}

@ObjectType({ description: 'The figures of one publisher (an organisation, or one of its offices) in the period.' })
export class TransparencyRow {
  @Field(() => NewsRef)
  organisation: NewsRef;

  @Field(() => NewsRef, { nullable: true })
  office: NewsRef | null;

  @Field(() => ReportFigure, { description: 'Items published in the period (withdrawn ones included).' })
  published: ReportFigure;

  @Field(() => ReportFigure, { description: 'Of those, approved by the joint office (role only, no names).' })
  approvedByCoordinator: ReportFigure;

  @Field(() => ReportFigure, { description: 'Of those, approved by the holder of the office acting as such.' })
  approvedByOfficeHolder: ReportFigure;

  @Field(() => [String], { description: 'Who held the office when approving (office holders only).' })
  officeHolderNames: string[];

  @Field(() => ReportFigure)
  promoted: ReportFigure;

  @Field(() => Int, { description: 'Total promotion in cents.' })
  promotionCents: number;

  @Field(() => [ReportBudgetLine])
  budgetLines: ReportBudgetLine[];

  @Field(() => ReportFigure, { description: 'Items using media produced with public funds.' })
  publicMedia: ReportFigure;

  @Field(() => [ReportReusedMedium], { description: 'Those media where other items reuse them.' })
  reusedMedia: ReportReusedMedium[];

  @Field(() => ReportFigure, { description: 'Corrections made in the period (one per new version).' })
  corrections: ReportFigure;
}

@ObjectType({ description: 'Who published what, on whose behalf, with whose money: per period and publisher.' })
export class TransparencyReport {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true })
  quarter: number | null;

  @Field()
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to: Date;

  @Field(() => [TransparencyRow])
  rows: TransparencyRow[];
}
