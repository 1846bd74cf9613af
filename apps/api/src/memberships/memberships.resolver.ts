import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { InviteMemberInput, SignUpWithInvitationInput } from './inputs/invite.input';
import { MembershipsService } from './memberships.service';
import { MyOrganisation } from './models/member.model';

@Resolver()
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Query(() => [MyOrganisation], { description: 'The organisations I belong to, with their members.' })
  async myOrganisations(@CurrentUser() user: AuthState['user']): Promise<MyOrganisation[]> {
    return (await this.memberships.myOrganisations(user.id)).map(({ myRole, organisation, invitations }) =>
      Object.assign(new MyOrganisation(), {
        id: organisation.id,
        name: organisation.name,
        verified: organisation.verifiedAt !== null,
        myRole,
        members: organisation.memberships.map((m) => ({
          userId: m.user.id,
          name: m.user.name,
          email: m.user.email,
          role: m.role,
          since: m.createdAt,
        })),
        invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt })),
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Owners invite a person by e-mail (NOT_ORGANISATION_OWNER otherwise).' })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.memberships.invite(user, input, String(context.req.id));
    return true;
  }

  @Mutation(() => ID, { description: 'Accepts an invitation addressed to me; returns the organisation id.' })
  acceptInvitation(@Args('token') token: string, @CurrentUser() user: AuthState['user'], @Context() context: GraphQLContext): Promise<string> {
    return this.memberships.accept(user, token.slice(0, 200), String(context.req.id));
  }

  @Public()
  @Mutation(() => String, { description: 'Creates the account of an invited person; returns the address to sign in with.' })
  signUpWithInvitation(@Args('input') input: SignUpWithInvitationInput, @Context() context: GraphQLContext): Promise<string> {
    return this.memberships.signUpWithInvitation(input, String(context.req.id));
  }

  @Mutation(() => Boolean, { description: 'Owners remove a member; the last owner cannot be removed.' })
  async removeMember(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.memberships.remove(user, organisationId, userId, String(context.req.id));
    return true;
  }
}
