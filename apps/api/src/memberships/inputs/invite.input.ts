import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale, MembershipRole } from '@wiw/db';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
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
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @Length(1, 100)
  @Matches(/^\P{Cc}*$/u)
  name: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field(() => Locale, { defaultValue: 'de' })
  @IsEnum(Locale)
  locale: Locale = 'de';
}
