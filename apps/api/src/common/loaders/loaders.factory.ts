import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RegionKey, TopicFieldKey } from '@wiw/db';
import { NeedsService } from '../../matchmaking/needs/needs.service';
import { OffersService } from '../../matchmaking/offers/offers.service';
import { SkillsService } from '../../matchmaking/skills/skills.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { RegionsService } from '../../regions/regions.service';
import { TopicFieldsService } from '../../topic-fields/topic-fields.service';
import { BookingQueriesService } from '../../workbench/bookings/booking-queries.service';
import { FormatsService } from '../../workbench/formats/formats.service';
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
    private readonly skills: SkillsService,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly formats: FormatsService,
    private readonly bookings: BookingQueriesService,
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
      skill: oneByKey((ids: readonly string[]) => this.skills.findByIds(ids), (s) => s.id, 'Skill'),
      need: oneByKey((ids: readonly string[]) => this.needs.findByIds(ids), (n) => n.id, 'Need'),
      offer: oneByKey((ids: readonly string[]) => this.offers.findByIds(ids), (o) => o.id, 'Offer'),
      skillsByNeed: manyByKey((ids: readonly string[]) => this.needs.skillRows(ids), (row) => row.needId),
      organisationIdsOfUser: new DataLoader<string, string[]>(async (userIds) => {
        const rows = await this.organisations.membershipsOfUsers(userIds);
        return userIds.map((id) => rows.filter((row) => row.userId === id).map((row) => row.organisationId));
      }),
      skillsByOffer: manyByKey((ids: readonly string[]) => this.offers.skillRows(ids), (row) => row.offerId),
      consultationFormat: oneByKey((ids: readonly string[]) => this.formats.findByIds(ids), (f) => f.id, 'Consultation format'),
      advisor: oneByKey((ids: readonly string[]) => this.formats.advisorsByIds(ids), (a) => a.id, 'Advisor'),
      contact: oneByKey((ids: readonly string[]) => this.bookings.contactsByIds(ids), (c) => c.id, 'Person'),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;
