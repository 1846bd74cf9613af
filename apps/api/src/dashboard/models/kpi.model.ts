import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { rate, suppressCount } from '@wiw/domain';

@ObjectType({ description: 'A count of people or organisations; 1 and 2 are suppressed ("< 3") and their value is null.' })
export class KpiCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the count describes one or two and is shown as "< 3".' })
  suppressed: boolean;

  static of(count: number): KpiCount {
    return Object.assign(new KpiCount(), suppressCount(count));
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
