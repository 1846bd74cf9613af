import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Session } from '@wiw/db';
import { CurrentSession, CurrentUser, Public } from '../common/auth/decorators';
import { clearedSessionCookie, sessionCookie } from '../common/auth/cookies';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { SessionNotFoundError } from './accounts.errors';
import { AccountsService } from './accounts.service';
import { requestMeta } from './request-meta';
import { SignInInput } from './inputs/sign-in.input';
import { SignUpInput } from './inputs/sign-up.input';
import { UpdateProfileInput } from './inputs/update-profile.input';
import { Me, SessionInfo, SignUpResult } from './models/me.model';
import { PrivacyService } from './privacy.service';
import { SessionsService } from './sessions.service';

function toMe(user: AuthState['user']): Me {
  return Object.assign(new Me(), {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    roles: user.roles.map((r) => r.role),
  });
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly privacy: PrivacyService,
  ) {}

  @Public()
  @Mutation(() => SignUpResult, { description: 'Registers a person with a new organisation and sends a confirmation link.' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext): Promise<SignUpResult> {
    return Object.assign(new SignUpResult(), await this.accounts.signUp(input, requestMeta(context)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms an e-mail address with the token from the mail; INVALID_TOKEN otherwise.' })
  async verifyEmail(@Args('token') token: string, @Context() context: GraphQLContext): Promise<boolean> {
    await this.accounts.verifyEmail(token, requestMeta(context));
    return true;
  }

  @Public()
  @Mutation(() => Me, { description: 'Signs in; the session travels in an HttpOnly cookie. INVALID_CREDENTIALS otherwise.' })
  async signIn(@Args('input') input: SignInInput, @Context() context: GraphQLContext): Promise<Me> {
    const { token, maxAgeSeconds } = await this.accounts.signIn(input, requestMeta(context));
    void context.reply.header('set-cookie', sessionCookie(token, maxAgeSeconds));
    const auth = await this.sessions.resolve(token);
    context.auth = auth;
    return toMe(auth!.user);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async signOut(@CurrentUser() user: AuthState['user'], @CurrentSession() session: Session, @Context() context: GraphQLContext): Promise<boolean> {
    await this.accounts.signOut(user.id, session.id, requestMeta(context));
    void context.reply.header('set-cookie', clearedSessionCookie());
    return true;
  }

  @Public()
  @Query(() => Me, { nullable: true, description: 'The signed-in person, or null.' })
  me(@CurrentUser() user: AuthState['user'] | null): Me | null {
    return user ? toMe(user) : null;
  }

  @Mutation(() => Me, { description: 'Changes name and/or language of the signed-in person.' })
  async updateMyProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Me> {
    const updated = await this.accounts.updateProfile(user, input, requestMeta(context));
    return toMe({ ...updated, roles: user.roles });
  }

  @Mutation(() => Boolean, { description: 'Deletes the account after checking the password (WRONG_PASSWORD otherwise); signs out everywhere.' })
  async deleteMyAccount(
    @Args('password') password: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.privacy.deleteAccount(user.id, password.slice(0, 1024), requestMeta(context));
    void context.reply.header('set-cookie', clearedSessionCookie());
    return true;
  }

  @Query(() => [SessionInfo], { description: "The caller's live sessions, most recently used first." })
  async mySessions(@CurrentUser() user: AuthState['user'], @CurrentSession() current: Session): Promise<SessionInfo[]> {
    return (await this.sessions.listActive(user.id)).map((s) =>
      Object.assign(new SessionInfo(), {
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent,
        current: s.id === current.id,
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Ends one of the caller’s sessions; SESSION_NOT_FOUND otherwise.' })
  async revokeSession(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    if (!isUuid(id) || !(await this.accounts.revokeSession(user.id, id, requestMeta(context)))) throw new SessionNotFoundError();
    return true;
  }
}
