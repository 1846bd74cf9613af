import { Field, ID, InputType } from '@nestjs/graphql';
import { PlatformRole } from '@wiw/db';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { OFFICE_TITLE_LENGTH } from '@wiw/domain';

@InputType()
export class CreateOfficeInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @IsString()
  @Length(OFFICE_TITLE_LENGTH.min, OFFICE_TITLE_LENGTH.max)
  titleDe: string;

  @Field()
  @IsString()
  @Length(OFFICE_TITLE_LENGTH.min, OFFICE_TITLE_LENGTH.max)
  titleEn: string;

  @Field(() => PlatformRole, { defaultValue: 'OFFICIAL' })
  @IsEnum(PlatformRole)
  role: PlatformRole = 'OFFICIAL';
}
