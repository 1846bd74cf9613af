import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { hiddenCells, rate, suppressCount } from '@wiw/domain';

@ObjectType({ description: 'A count of people or organisations; 1 and 2 are suppressed ("< 3") and their value is null.' })
export class KpiCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the count describes one or two and is shown as "< 3".' })
  suppressed: boolean;

  static of(count: number): KpiCount {
    return Object.assign(new KpiCount(), suppressCount(count));
  }

  /** Cells of which `lines` add up to shown totals (see hiddenCells); by default all of them. */
  static line(counts: readonly number[], lines: ReadonlyArray<readonly number[]> = [counts.map((_, index) => index)]): KpiCount[] {
    const hidden = hiddenCells(counts, lines);
    return counts.map((count, index) => (hidden[index] ? KpiCount.hidden() : KpiCount.of(count)));
  }

  static hidden(): KpiCount {
    return Object.assign(new KpiCount(), { value: null, suppressed: true });
  }

  /** Rows of exact figures, each column protected on its own (its rows adding up to the column's total, or `lines`). */
  static columns<C extends string>(
    rows: ReadonlyArray<Record<C, number>>,
    columns: readonly C[],
    lines?: ReadonlyArray<readonly number[]>,
  ): Array<Record<C, KpiCount>> {
    const cells = columns.map((column) =>
      KpiCount.line(
        rows.map((row) => row[column]),
        lines,
      ),
    );
    return rows.map((_, index) => Object.fromEntries(columns.map((column, c) => [column, cells[c]![index]!])) as Record<C, KpiCount>);
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

  static hidden(): KpiRate {
    return Object.assign(new KpiRate(), { value: null, suppressed: true, basis: KpiCount.hidden() });
  }

  static of(part: number, basis: number): KpiRate {
    const reported = rate(part, basis);
    return Object.assign(new KpiRate(), {
      value: reported.value,
      suppressed: reported.suppressed,
      basis: Object.assign(new KpiCount(), reported.basis),
    });
  }
}
