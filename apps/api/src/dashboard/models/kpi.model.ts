import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { rate, suppressCount, suppressLine } from '@wiw/domain';

@ObjectType({ description: 'A count of people or organisations; 1 and 2 are suppressed ("< 3") and their value is null.' })
export class KpiCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the count describes one or two and is shown as "< 3".' })
  suppressed: boolean;

  static of(count: number): KpiCount {
    return Object.assign(new KpiCount(), suppressCount(count));
  }

  /** Cells adding up to a shown total: one hidden cell takes a second with it (see suppressLine). */
  static line(counts: readonly number[]): KpiCount[] {
    return suppressLine(counts).map((cell) => Object.assign(new KpiCount(), cell));
  }

  /** Rows of exact figures, each column treated as one line. */
  static columns<C extends string>(rows: ReadonlyArray<Record<C, number>>, columns: readonly C[]): Array<Record<C, KpiCount>> {
    const lines = columns.map((column) => KpiCount.line(rows.map((row) => row[column])));
    return rows.map((_, index) => Object.fromEntries(columns.map((column, c) => [column, lines[c]![index]!])) as Record<C, KpiCount>);
  }
}

@ObjectType({ description: 'A share 0..1 with its basis; suppressed when part, rest or basis describe one or two.' })
export class KpiRate {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or when the basis is 0.' })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => KpiCount, { description: 'What the share is taken of.' })
  basis: KpiCount;

  static of(part: number, basis: number): KpiRate {
    const reported = rate(part, basis);
    return Object.assign(new KpiRate(), { value: reported.value, suppressed: reported.suppressed, basis: Object.assign(new KpiCount(), reported.basis) });
  }
}
