import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { TopicField as TopicFieldRow } from '@wiw/db';
import { TopicFieldKey } from '../../common/graphql/enums';
import { pick, type Locale } from '../../common/i18n/locale';

@ObjectType({ description: 'One of the five topic fields of the initiative.' })
export class TopicField {
  @Field(() => TopicFieldKey)
  key: TopicFieldKey;

  @Field(() => Int, { description: 'Order of the field, 1 to 5.' })
  position: number;

  @Field({ description: "Title in the caller's language (Accept-Language; German by default)." })
  title: string;

  @Field()
  description: string;

  @Field()
  goal: string;

  static from(row: TopicFieldRow, locale: Locale): TopicField {
    return Object.assign(new TopicField(), {
      key: row.key,
      position: row.position,
      title: pick(locale, row.titleDe, row.titleEn),
      description: pick(locale, row.descriptionDe, row.descriptionEn),
      goal: pick(locale, row.goalDe, row.goalEn),
    });
  }
}
