import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Locale } from '@wiw/db';
import { OrganisationKind } from '../../common/graphql/enums';

registerEnumType(Locale, { name: 'Locale', description: 'Language of the interface and of mails: de or en.' });

/** Kinds a person may register themselves; public bodies and chambers are set up by the joint office. */
export const SELF_SERVICE_KINDS = ['COMPANY', 'RESEARCH', 'ADVISORY', 'EDUCATION'] as const;
const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;

@InputType()
export class NewOrganisationInput {
  @Field()
  @IsString()
  @Length(2, 150)
  @Matches(NO_CONTROL_CHARACTERS)
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
  @MaxLength(200)
  website?: string | null;
}

@InputType()
export class SignUpInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  /** Length and strength are checked by the password policy, with its own messages. */
  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @Matches(NO_CONTROL_CHARACTERS)
  name: string;

  @Field(() => Locale, { defaultValue: 'de' })
  @IsEnum(Locale)
  locale: Locale = 'de';

  @Field(() => NewOrganisationInput)
  @ValidateNested()
  @Type(() => NewOrganisationInput)
  organisation: NewOrganisationInput;
}
