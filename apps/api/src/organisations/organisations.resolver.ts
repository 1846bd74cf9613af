import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { seesAll } from '../access';
import { CurrentUser, Public, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLoaders } from '../common/graphql/locale.decorator';
import type { Loaders } from '../common/loaders/loaders';
import { Municipality, Region } from '../regions';
import { OrganisationsArgs } from './inputs/organisations.args';
import { OrganisationConnection } from './models/organisation-connection.model';
import { Organisation } from './models/organisation.model';
import { OrganisationsService, type Viewer } from './organisations.service';

function viewerOf(user: AuthState['user'] | null): Viewer {
  return { userId: user?.id ?? null, seesUnverified: seesAll(user) };
}

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Public()
  @Query(() => Boolean, {
    description:
      'True when the demo data (fictional companies, people, needs and offers) is loaded, e.g. in a demo or test installation; the footer says so only then.',
  })
  demoData(): Promise<boolean> {
    return this.service.hasFictionalData();
  }

  @Public()
  @Query(() => OrganisationConnection, { description: 'The organisations directory, sorted by name; at most 100 per page.' })
  async organisations(@Args() args: OrganisationsArgs, @CurrentUser() user: AuthState['user'] | null): Promise<OrganisationConnection> {
    const connection = await this.service.list(args.filter ?? undefined, args, viewerOf(user));
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: Organisation.from(edge.node) })) };
  }

  @Public()
  @Query(() => Organisation, { description: 'ORGANISATION_NOT_FOUND when there is none with this id.' })
  async organisation(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user'] | null): Promise<Organisation> {
    return Organisation.from(await this.service.findById(id, viewerOf(user)));
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Organisation, { description: 'The joint office verifies an organisation; it then appears in the public directory.' })
  async verifyOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Organisation> {
    return Organisation.from(await this.service.verify(id, user.id, String(context.req.id)));
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() organisation: Organisation, @RequestLoaders() loaders: Loaders): Promise<Municipality> {
    return Municipality.from(await loaders.municipality.load(organisation.municipalityId));
  }

  @ResolveField(() => Region)
  async region(@Parent() organisation: Organisation, @RequestLoaders() loaders: Loaders): Promise<Region> {
    const municipality = await loaders.municipality.load(organisation.municipalityId);
    return Region.from(await loaders.region.load(municipality.regionKey));
  }
}
