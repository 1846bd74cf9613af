import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Session } from '@wiw/db';
import { CurrentSession, CurrentUser, Public } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { requestMeta } from './request-meta';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './inputs/passwords.input';
import { PasswordsService } from './passwords.service';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account; answers true either way.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() context: GraphQLContext): Promise<boolean> {
    await this.passwords.requestReset(input.email, requestMeta(context));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the mail and ends all sessions; INVALID_TOKEN otherwise.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: GraphQLContext): Promise<boolean> {
    await this.passwords.reset(input.token, input.password, requestMeta(context));
    return true;
  }

  @Mutation(() => Int, {
    description: 'Changes the password (WRONG_PASSWORD if the current one does not match); returns how many other sessions were ended.',
  })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: AuthState['user'],
    @CurrentSession() session: Session,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    return this.passwords.change(user.id, session.id, input.currentPassword, input.newPassword, requestMeta(context));
  }
}
