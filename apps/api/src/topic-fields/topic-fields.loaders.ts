import { Injectable } from '@nestjs/common';
import type { TopicFieldKey } from '@wiw/db';
import { manyByKey, oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { TopicFieldsService } from './topic-fields.service';

@Injectable()
export class TopicFieldLoaders implements LoaderSource {
  constructor(private readonly topicFields: TopicFieldsService) {}

  create() {
    return {
      topicField: oneByKey(
        (keys: readonly TopicFieldKey[]) => this.topicFields.findByKeys(keys),
        (t) => t.key,
        'Topic field',
      ),
      project: oneByKey(
        (ids: readonly string[]) => this.topicFields.projectsByIds(ids),
        (p) => p.id,
        'Project',
      ),
      projectsByTopicField: manyByKey(
        (keys: readonly TopicFieldKey[]) => this.topicFields.projectsByTopicFields(keys),
        (p) => p.topicFieldKey,
      ),
      milestonesByProject: manyByKey(
        (ids: readonly string[]) => this.topicFields.milestonesByProjects(ids),
        (m) => m.projectId,
      ),
      participantsByProject: manyByKey(
        (ids: readonly string[]) => this.topicFields.participantsByProjects(ids),
        (p) => p.projectId,
      ),
      participationsByOrganisation: manyByKey(
        (ids: readonly string[]) => this.topicFields.participationsByOrganisations(ids),
        (p) => p.organisationId,
      ),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<TopicFieldLoaders['create']> {}
}
