import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_INPUT_MAX_LENGTH, TOKEN_MAX_LENGTH } from '@wiw/domain';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  /** Strength is checked by the password policy, with its own messages. */
  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  newPassword: string;
}
