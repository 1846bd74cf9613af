import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RegionKey, TopicFieldKey } from '@wiw/db';
import { OrganisationsService } from '../../organisations/organisations.service';
import { RegionsService } from '../../regions/regions.service';
import { TopicFieldsService } from '../../topic-fields/topic-fields.service';
import { manyByKey, oneByKey } from './loader-helpers';

/**
 * Creates the DataLoaders of one GraphQL request (called from the context factory, so caches
 * never outlive a request). Every relation a resolver follows goes through one of these.
 */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly regions: RegionsService,
    private readonly topicFields: TopicFieldsService,
  ) {}

  create() {
    return {
      organisation: oneByKey((ids: readonly string[]) => this.organisations.findByIds(ids), (o) => o.id, 'Organisation'),
      municipality: oneByKey((ids: readonly string[]) => this.regions.municipalitiesByIds(ids), (m) => m.id, 'Municipality'),
      region: oneByKey((keys: readonly RegionKey[]) => this.regions.findByKeys(keys), (r) => r.key, 'Region'),
      municipalitiesByRegion: manyByKey((keys: readonly RegionKey[]) => this.regions.municipalitiesByRegions(keys), (m) => m.regionKey),
      organisationCountByRegion: new DataLoader<RegionKey, number>(async (keys) => {
        const counts = await this.regions.organisationCountsByRegions(keys);
        return keys.map((key) => counts.get(key) ?? 0);
      }),
      topicField: oneByKey((keys: readonly TopicFieldKey[]) => this.topicFields.findByKeys(keys), (t) => t.key, 'Topic field'),
      project: oneByKey((ids: readonly string[]) => this.topicFields.projectsByIds(ids), (p) => p.id, 'Project'),
      projectsByTopicField: manyByKey((keys: readonly TopicFieldKey[]) => this.topicFields.projectsByTopicFields(keys), (p) => p.topicFieldKey),
      milestonesByProject: manyByKey((ids: readonly string[]) => this.topicFields.milestonesByProjects(ids), (m) => m.projectId),
      participantsByProject: manyByKey((ids: readonly string[]) => this.topicFields.participantsByProjects(ids), (p) => p.projectId),
      participationsByOrganisation: manyByKey(
        (ids: readonly string[]) => this.topicFields.participationsByOrganisations(ids),
        (p) => p.organisationId,
      ),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;
