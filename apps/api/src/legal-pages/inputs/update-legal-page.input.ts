import { Field, InputType, Int } from '@nestjs/graphql';
import { LegalPageKind } from '@wiw/db';
import { LEGAL_TEXT_LENGTH } from '@wiw/domain';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, Length, Min } from 'class-validator';
import { MultiLine } from '../../common/graphql/input-text';

/** Surrounding blank lines are no text: a body of only spaces counts as empty. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const TEXT = `${LEGAL_TEXT_LENGTH.min}–${LEGAL_TEXT_LENGTH.max} characters; paragraphs, "## " headings, "- " lists, **bold**, [links](https://…).`;

@InputType({ description: 'A new version of a legal page, in both languages.' })
export class UpdateLegalPageInput {
  @Field(() => LegalPageKind)
  @IsEnum(LegalPageKind)
  page: LegalPageKind;

  @Field(() => Int, { description: 'The version the edit started from; LEGAL_PAGE_OUTDATED when another was saved since.' })
  @IsInt()
  @Min(1)
  baseVersion: number;

  @Field({ description: `German text, ${TEXT}` })
  @MultiLine()
  @Transform(trim)
  @IsString()
  @Length(LEGAL_TEXT_LENGTH.min, LEGAL_TEXT_LENGTH.max)
  bodyDe: string;

  @Field({ description: `English text, ${TEXT}` })
  @MultiLine()
  @Transform(trim)
  @IsString()
  @Length(LEGAL_TEXT_LENGTH.min, LEGAL_TEXT_LENGTH.max)
  bodyEn: string;
}
