import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  /** Strength is checked by the password policy, with its own messages. */
  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
