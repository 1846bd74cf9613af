import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@wiw/db';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { PERSON_NAME_LENGTH } from '@wiw/domain';

@InputType({ description: 'Only the given fields change.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(PERSON_NAME_LENGTH.min, PERSON_NAME_LENGTH.max)
  name?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of the interface and of mails.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
