import { Module } from '@nestjs/common';
import { OrganisationProjectsResolver, ProjectParticipationResolver } from './organisation-projects.resolver';
import { ProjectsResolver } from './projects.resolver';
import { TopicFieldsResolver } from './topic-fields.resolver';
import { TopicFieldLoaders } from './topic-fields.loaders';
import { TopicFieldsService } from './topic-fields.service';

@Module({
  providers: [
    TopicFieldsService,
    TopicFieldsResolver,
    ProjectsResolver,
    OrganisationProjectsResolver,
    ProjectParticipationResolver,
    TopicFieldLoaders,
  ],
  exports: [TopicFieldLoaders],
})
export class TopicFieldsModule {}
