import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_INPUT_MAX_LENGTH } from '@wiw/domain';

@InputType()
export class SignInInput {
  /** Not validated as an address: any wrong value must fail exactly like a wrong password. */
  @Field()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX_LENGTH)
  password: string;
}
