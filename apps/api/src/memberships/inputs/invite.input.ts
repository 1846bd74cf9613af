import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale, MembershipRole } from '@wiw/db';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_INPUT_MAX_LENGTH, PERSON_NAME_LENGTH, TOKEN_MAX_LENGTH } from '@wiw/domain';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field(() => MembershipRole, { defaultValue: 'MEMBER' })
  @IsEnum(MembershipRole)
  role: MembershipRole = 'MEMBER';

  @Field(() => Locale, { defaultValue: 'de', description: 'Language of the invitation mail.' })
  @IsEnum(Locale)
  locale: Locale = 'de';
}

@InputType({ description: 'Creates the account of an invited person; the address is the invited one and counts as confirmed.' })
export class SignUpWithInvitationInput {
  @Field()
  @IsString()
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  @Field()
  @IsString()
  @Length(PERSON_NAME_LENGTH.min, PERSON_NAME_LENGTH.max)
  name: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password: string;

  @Field(() => Locale, { defaultValue: 'de' })
  @IsEnum(Locale)
  locale: Locale = 'de';
}
