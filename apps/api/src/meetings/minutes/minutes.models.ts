import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MeetingDecision as DecisionRow, MeetingMinutes as MinutesRow } from '@wiw/db';
import { pick, type Locale } from '../../common/i18n/locale';

@ObjectType({ description: 'When the minutes were published and last corrected.' })
export class MeetingMinutes {
  @Field()
  publishedAt: Date;

  @Field(() => Date, { nullable: true, description: 'The last correction after publication (null: never corrected).' })
  correctedAt: Date | null;

  @Field(() => Int, { description: '1 when published; each correction adds one.' })
  version: number;

  static from(row: MinutesRow): MeetingMinutes {
    return Object.assign(new MeetingMinutes(), { publishedAt: row.publishedAt, correctedAt: row.correctedAt, version: row.version });
  }
}

@ObjectType({ description: 'A decision taken on an agenda item, numbered within the meeting; where it led: its milestone.' })
export class MeetingDecision {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field({ description: "In the reader's language." })
  text: string;

  @Field()
  textDe: string;

  @Field()
  textEn: string;

  @Field()
  decidedAt: Date;

  meetingId: string;
  agendaItemId: string;
  milestoneId: string | null;

  static from(row: DecisionRow, locale: Locale): MeetingDecision {
    return Object.assign(new MeetingDecision(), {
      id: row.id,
      number: row.number,
      text: pick(locale, row.textDe, row.textEn),
      textDe: row.textDe,
      textEn: row.textEn,
      decidedAt: row.decidedAt,
      meetingId: row.meetingId,
      agendaItemId: row.agendaItemId,
      milestoneId: row.milestoneId,
    });
  }
}
