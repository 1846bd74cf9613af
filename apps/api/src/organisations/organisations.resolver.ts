import { Public } from '../common/auth/decorators';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders.factory';
import { Municipality } from '../regions/models/municipality.model';
import { Region } from '../regions/models/region.model';
import { Project } from '../topic-fields/models/project.model';
import { OrganisationsArgs } from './inputs/organisations.args';
import { OrganisationConnection } from './models/organisation-connection.model';
import { Organisation } from './models/organisation.model';
import { ProjectParticipation } from './models/project-participation.model';
import { OrganisationsService } from './organisations.service';

/** Public information about the partnership: no session needed. */
@Public()
@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationConnection, { description: 'The organisations directory, sorted by name; at most 100 per page.' })
  async organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    const connection = await this.service.list(args.filter ?? undefined, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: Organisation.from(edge.node) })) };
  }

  @Query(() => Organisation, { description: 'ORGANISATION_NOT_FOUND when there is none with this id.' })
  async organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation> {
    return Organisation.from(await this.service.findById(id));
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

  @ResolveField(() => [ProjectParticipation], { description: 'Projects it leads first, then those it takes part in.' })
  async participations(@Parent() organisation: Organisation, @RequestLoaders() loaders: Loaders): Promise<ProjectParticipation[]> {
    const rows = await loaders.participationsByOrganisation.load(organisation.id);
    return rows.map((row) => Object.assign(new ProjectParticipation(), { role: row.role, projectId: row.projectId }));
  }
}

@Resolver(() => ProjectParticipation)
export class ProjectParticipationResolver {
  @ResolveField(() => Project)
  async project(@Parent() participation: ProjectParticipation, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<Project> {
    return Project.from(await loaders.project.load(participation.projectId), locale);
  }
}
