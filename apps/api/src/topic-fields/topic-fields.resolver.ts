import { Public } from '../common/auth/decorators';
import { Args, Float, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { progressOf } from '@wiw/domain';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { Project } from './models/project.model';
import { TopicField } from './models/topic-field.model';
import { TopicFieldsService } from './topic-fields.service';

/** Active projects first, then planned, paused, completed. */
const STATUS_RANK = { ACTIVE: 0, PLANNED: 1, PAUSED: 2, COMPLETED: 3 } as const;

/** Public information about the partnership: no session needed. */
@Public()
@Resolver(() => TopicField)
export class TopicFieldsResolver {
  constructor(private readonly service: TopicFieldsService) {}

  @Query(() => [TopicField], { description: 'The five topic fields, in their order.' })
  async topicFields(@RequestLocale() locale: Locale): Promise<TopicField[]> {
    return (await this.service.list()).map((row) => TopicField.from(row, locale));
  }

  @Query(() => TopicField, { description: 'A topic field by key (e.g. IT_COMPETENCE or it-competence); TOPIC_FIELD_NOT_FOUND otherwise.' })
  async topicField(@Args('key', { type: () => String }) key: string, @RequestLocale() locale: Locale): Promise<TopicField> {
    return TopicField.from(await this.service.findByKey(key), locale);
  }

  @ResolveField(() => [Project], { description: 'Approved projects: active first, then planned, paused, completed.' })
  async projects(@Parent() field: TopicField, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<Project[]> {
    const projects = (await loaders.projectsByTopicField.load(field.key)).map((row) => Project.from(row, locale));
    return projects.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.title.localeCompare(b.title, locale));
  }

  @ResolveField(() => Int)
  async projectCount(@Parent() field: TopicField, @RequestLoaders() loaders: Loaders): Promise<number> {
    return (await loaders.projectsByTopicField.load(field.key)).length;
  }

  @ResolveField(() => Float, { description: 'Share of done milestones over all projects of the field, 0 to 1.' })
  async progress(@Parent() field: TopicField, @RequestLoaders() loaders: Loaders): Promise<number> {
    const projects = await loaders.projectsByTopicField.load(field.key);
    const milestones = await loaders.milestonesByProject.loadMany(projects.map((p) => p.id));
    return progressOf(milestones.flatMap((list) => (list instanceof Error ? [] : list)));
  }
}
