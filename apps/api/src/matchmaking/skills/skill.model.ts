import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Skill as SkillRow } from '@wiw/db';
import type { Locale } from '../../common/i18n/locale';
import { pick } from '../../common/i18n/locale';
import { ConnectionType } from '../../common/pagination/pagination';
import { SkillCategory } from '../common/enums';

@ObjectType({ description: 'A skill of the taxonomy.' })
export class Skill {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, e.g. "python".' })
  slug: string;

  @Field({ description: "Label in the caller's language." })
  label: string;

  @Field()
  labelDe: string;

  @Field()
  labelEn: string;

  @Field(() => [String])
  synonyms: string[];

  @Field(() => SkillCategory)
  category: SkillCategory;

  @Field(() => String, { nullable: true, description: 'ESCO concept URI, where known to be the same concept.' })
  escoUri: string | null;

  static from(row: SkillRow, locale: Locale): Skill {
    return Object.assign(new Skill(), {
      id: row.id,
      slug: row.slug,
      label: pick(locale, row.labelDe, row.labelEn),
      labelDe: row.labelDe,
      labelEn: row.labelEn,
      synonyms: row.synonyms,
      category: row.category,
      escoUri: row.escoUri,
    });
  }
}

@ObjectType()
export class SkillConnection extends ConnectionType(Skill, 'Skill') {}
