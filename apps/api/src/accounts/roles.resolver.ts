import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { PlatformRole } from '@wiw/db';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RolesService } from './roles.service';

@Resolver()
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Boolean, { description: 'Grants a platform role (coordinators: OFFICIAL and ADVISOR only); false if held already.' })
  grantRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRole }) role: PlatformRole,
    @CurrentUser() actor: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.roles.setRole(actor, userId, role, true, String(context.req.id));
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Boolean, { description: 'Withdraws a platform role (coordinators: OFFICIAL and ADVISOR only); false if not held.' })
  withdrawRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRole }) role: PlatformRole,
    @CurrentUser() actor: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.roles.setRole(actor, userId, role, false, String(context.req.id));
  }
}
