import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { rate, suppressCount, type DisclosedCount, type DisclosedTable, type Protection } from '@wiw/domain';

export const KpiProtection = { SMALL: 'SMALL', PROTECTED: 'PROTECTED' } as const satisfies Record<Protection, Protection>;
registerEnumType(KpiProtection, {
  name: 'KpiProtection',
  description:
    'Why a figure is hidden: SMALL – it describes one or two ("< 3"); PROTECTED – it is 0 or 3 and more, hidden so that another hidden figure cannot be worked out from the totals or from another period ("geschützt").',
});

@ObjectType({ description: 'A count of people or organisations; hidden ones have no value and say why (protection).' })
export class KpiCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the count is hidden (see protection).' })
  suppressed: boolean;

  @Field(() => KpiProtection, { nullable: true, description: 'Why the count is hidden; null when it is shown.' })
  protection: Protection | null;

  /** A count protected on its own: hidden only when it is 1 or 2. */
  static of(count: number): KpiCount {
    const shown = suppressCount(count);
    return Object.assign(new KpiCount(), shown, { protection: shown.suppressed ? 'SMALL' : null });
  }

  static from(count: DisclosedCount): KpiCount {
    return Object.assign(new KpiCount(), count);
  }

  /** The figure `key` of a protected table (DisclosureTable). */
  static in(table: DisclosedTable, key: string): KpiCount {
    return KpiCount.from(table.count(key));
  }

  static hidden(protection: Protection = 'PROTECTED'): KpiCount {
    return Object.assign(new KpiCount(), { value: null, suppressed: true, protection });
  }
}

@ObjectType({
  description: 'A share 0..1 with its basis; hidden when part, rest or basis describe one or two, or when a count it is made of is hidden.',
})
export class KpiRate {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or when the basis is 0.' })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => KpiProtection, { nullable: true, description: 'Why the share is hidden; null when it is shown.' })
  protection: Protection | null;

  @Field(() => KpiCount, { description: 'What the share is taken of.' })
  basis: KpiCount;

  static hidden(protection: Protection = 'PROTECTED'): KpiRate {
    return Object.assign(new KpiRate(), { value: null, suppressed: true, protection, basis: KpiCount.hidden(protection) });
  }

  /** `part` of `basis` on their own: hidden when part, rest or basis is 1 or 2. */
  static of(part: number, basis: number): KpiRate {
    const reported = rate(part, basis);
    if (reported.suppressed) return KpiRate.hidden('SMALL');
    return Object.assign(new KpiRate(), { value: reported.value, suppressed: false, protection: null, basis: KpiCount.of(basis) });
  }

  /** The share of two figures of a protected table: hidden whenever either of them is. */
  static in(table: DisclosedTable, part: string, basis: string): KpiRate {
    const [shownPart, shownBasis] = [table.count(part), table.count(basis)];
    if (shownPart.suppressed || shownBasis.suppressed) {
      const small = shownPart.protection === 'SMALL' || shownBasis.protection === 'SMALL';
      return KpiRate.hidden(small ? 'SMALL' : 'PROTECTED');
    }
    return KpiRate.of(shownPart.value!, shownBasis.value!);
  }
}
