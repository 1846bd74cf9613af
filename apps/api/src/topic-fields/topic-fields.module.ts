import { Module } from '@nestjs/common';
import { ProjectsResolver } from './projects.resolver';
import { TopicFieldsResolver } from './topic-fields.resolver';
import { TopicFieldsService } from './topic-fields.service';

@Module({
  providers: [TopicFieldsService, TopicFieldsResolver, ProjectsResolver],
  exports: [TopicFieldsService],
})
export class TopicFieldsModule {}
