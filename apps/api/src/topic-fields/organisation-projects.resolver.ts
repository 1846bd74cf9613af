import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { Organisation } from '../organisations';
import { Project } from './models/project.model';
import { ProjectParticipation } from './models/project-participation.model';

/** An organisation's projects: topic fields add this field to the organisations' type (organisations know no projects). */
@Resolver(() => Organisation)
export class OrganisationProjectsResolver {
  @ResolveField(() => [ProjectParticipation], { description: 'Projects it leads first, then those it takes part in.' })
  async participations(@Parent() organisation: Organisation, @RequestLoaders() loaders: Loaders): Promise<ProjectParticipation[]> {
    const rows = await loaders.participationsByOrganisation.load(organisation.id);
    return rows.map((row) => Object.assign(new ProjectParticipation(), { role: row.role, projectId: row.projectId }));
  }
}

@Resolver(() => ProjectParticipation)
export class ProjectParticipationResolver {
  @ResolveField(() => Project)
  async project(
    @Parent() participation: ProjectParticipation,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<Project> {
    return Project.from(await loaders.project.load(participation.projectId), locale);
  }
}
