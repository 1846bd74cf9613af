import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { progressOf } from '@wiw/domain';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { Organisation } from '../organisations';
import { Milestone } from './models/milestone.model';
import { Project } from './models/project.model';
import { TopicField } from './models/topic-field.model';

@Resolver(() => Project)
export class ProjectsResolver {
  @ResolveField(() => TopicField)
  async topicField(@Parent() project: Project, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<TopicField> {
    return TopicField.from(await loaders.topicField.load(project.topicFieldKey), locale);
  }

  @ResolveField(() => [Milestone], { description: 'In their order within the project.' })
  async milestones(@Parent() project: Project, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<Milestone[]> {
    const now = new Date();
    return (await loaders.milestonesByProject.load(project.id)).map((row) => Milestone.from(row, locale, now));
  }

  @ResolveField(() => Float, { description: "Share of this project's milestones done, 0 to 1." })
  async progress(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<number> {
    return progressOf(await loaders.milestonesByProject.load(project.id));
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The lead organisation; null while none is decided.' })
  async lead(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    const participants = await loaders.participantsByProject.load(project.id);
    const lead = participants.find((p) => p.role === 'LEAD');
    return lead ? Organisation.from(await loaders.organisation.load(lead.organisationId)) : null;
  }

  @ResolveField(() => [Organisation], { description: 'Partner organisations, by name.' })
  async partners(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<Organisation[]> {
    const participants = (await loaders.participantsByProject.load(project.id)).filter((p) => p.role === 'PARTNER');
    const rows = await loaders.organisation.loadMany(participants.map((p) => p.organisationId));
    return rows.flatMap((row) => (row instanceof Error ? [] : [Organisation.from(row)])).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }
}
