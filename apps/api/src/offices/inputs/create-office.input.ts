import { Field, ID, InputType } from '@nestjs/graphql';
import { PlatformRole } from '@wiw/db';
import { IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';

const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;

@InputType()
export class CreateOfficeInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @IsString()
  @Length(2, 120)
  @Matches(NO_CONTROL_CHARACTERS)
  titleDe: string;

  @Field()
  @IsString()
  @Length(2, 120)
  @Matches(NO_CONTROL_CHARACTERS)
  titleEn: string;

  @Field(() => PlatformRole, { defaultValue: 'OFFICIAL' })
  @IsEnum(PlatformRole)
  role: PlatformRole = 'OFFICIAL';
}
