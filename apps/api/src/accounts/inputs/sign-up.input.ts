import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { EMAIL_MAX_LENGTH, ORGANISATION_NAME_LENGTH, PASSWORD_INPUT_MAX_LENGTH, PERSON_NAME_LENGTH, WEBSITE_MAX_LENGTH } from '@wiw/domain';
import { Locale } from '@wiw/db';
import { OrganisationKind } from '../../common/graphql/enums';

registerEnumType(Locale, { name: 'Locale', description: 'Language of the interface and of mails: de or en.' });

/** Kinds a person may register themselves; public bodies and chambers are set up by the joint office. */
export const SELF_SERVICE_KINDS = ['COMPANY', 'RESEARCH', 'ADVISORY', 'EDUCATION'] as const;

@InputType()
export class NewOrganisationInput {
  @Field()
  @IsString()
  @Length(ORGANISATION_NAME_LENGTH.min, ORGANISATION_NAME_LENGTH.max)
  name: string;

  @Field(() => OrganisationKind, { description: 'COMPANY, RESEARCH, ADVISORY or EDUCATION.' })
  @IsIn(SELF_SERVICE_KINDS)
  kind: OrganisationKind;

  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(WEBSITE_MAX_LENGTH)
  website?: string | null;
}

@InputType()
export class SignUpInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  /** Length and strength are checked by the password policy, with its own messages. */
  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password: string;

  @Field()
  @IsString()
  @Length(PERSON_NAME_LENGTH.min, PERSON_NAME_LENGTH.max)
  name: string;

  @Field(() => Locale, { defaultValue: 'de' })
  @IsEnum(Locale)
  locale: Locale = 'de';

  @Field(() => NewOrganisationInput)
  @ValidateNested()
  @Type(() => NewOrganisationInput)
  organisation: NewOrganisationInput;
}
