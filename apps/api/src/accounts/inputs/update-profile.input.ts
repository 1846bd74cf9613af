import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@wiw/db';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';

@InputType({ description: 'Only the given fields change.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^\P{Cc}*$/u)
  name?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of the interface and of mails.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
