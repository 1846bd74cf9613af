import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AvailabilityException as ExceptionRow, AvailabilityRule as RuleRow } from '@wiw/db';
import { formatMinutes } from '@wiw/domain';
import { DateScalar } from '../../common/scalars/date.scalar';
import { AvailabilityExceptionKind } from '../common/enums';

@ObjectType({ description: 'A weekly period in Europe/Berlin wall-clock time.' })
export class AvailabilityRule {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday: number;

  @Field({ description: 'HH:MM' })
  start: string;

  @Field({ description: 'HH:MM' })
  end: string;

  static from(row: RuleRow): AvailabilityRule {
    return Object.assign(new AvailabilityRule(), {
      id: row.id,
      weekday: row.weekday,
      start: formatMinutes(row.startMinute),
      end: formatMinutes(row.endMinute),
    });
  }
}

@ObjectType({ description: 'A dated exception to the weekly rules.' })
export class AvailabilityException {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  date: Date;

  @Field(() => AvailabilityExceptionKind)
  kind: AvailabilityExceptionKind;

  @Field(() => String, { nullable: true, description: 'HH:MM; null for a whole-day absence.' })
  start: string | null;

  @Field(() => String, { nullable: true })
  end: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  static from(row: ExceptionRow): AvailabilityException {
    return Object.assign(new AvailabilityException(), {
      id: row.id,
      date: row.date,
      kind: row.kind,
      start: row.startMinute === null ? null : formatMinutes(row.startMinute),
      end: row.endMinute === null ? null : formatMinutes(row.endMinute),
      note: row.note,
    });
  }
}

@ObjectType({ description: 'My weekly rules and my exceptions from today on (advisors).' })
export class Availability {
  @Field(() => [AvailabilityRule])
  rules: AvailabilityRule[];

  @Field(() => [AvailabilityException])
  exceptions: AvailabilityException[];
}
