import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LegalPageKind, type LegalPageVersion as LegalPageRow } from '@wiw/db';
import { pick, type Locale } from '../../common/i18n/locale';

registerEnumType(LegalPageKind, {
  name: 'LegalPageKind',
  description: 'IMPRINT (Impressum), PRIVACY (Datenschutzerklärung), ACCESSIBILITY (Erklärung zur Barrierefreiheit).',
});

@ObjectType({ description: 'The published version of a legal page: the operator’s text, plain text with a few Markdown marks.' })
export class LegalPage {
  @Field(() => LegalPageKind) page: LegalPageKind;
  @Field(() => Int, { description: 'Every save is a new version; the highest is published.' }) version: number;
  @Field({ description: "The text in the caller's language." }) body: string;
  @Field({ description: 'German text.' }) bodyDe: string;
  @Field({ description: 'English text.' }) bodyEn: string;
  @Field({ description: 'When this version was saved (the page’s "Stand").' }) updatedAt: Date;

  static from(row: LegalPageRow, locale: Locale): LegalPage {
    return Object.assign(new LegalPage(), {
      page: row.page,
      version: row.version,
      body: pick(locale, row.bodyDe, row.bodyEn),
      bodyDe: row.bodyDe,
      bodyEn: row.bodyEn,
      updatedAt: row.createdAt,
    });
  }
}

@ObjectType({ description: 'One saved version of a legal page, for the administrators’ history.' })
export class LegalPageVersion {
  @Field(() => Int) version: number;
  @Field() savedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who saved it; null for the default text of the portal (or a deleted account).' })
  authorName: string | null;
  @Field() bodyDe: string;
  @Field() bodyEn: string;

  static from(row: LegalPageRow & { author: { name: string } | null }): LegalPageVersion {
    return Object.assign(new LegalPageVersion(), {
      version: row.version,
      savedAt: row.createdAt,
      authorName: row.author?.name ?? null,
      bodyDe: row.bodyDe,
      bodyEn: row.bodyEn,
    });
  }
}
