import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { OrganisationsService } from './organisations.service';

@Injectable()
export class OrganisationLoaders implements LoaderSource {
  constructor(private readonly organisations: OrganisationsService) {}

  create() {
    return {
      organisation: oneByKey(
        (ids: readonly string[]) => this.organisations.findByIds(ids),
        (o) => o.id,
        'Organisation',
      ),
      organisationIdsOfUser: new DataLoader<string, string[]>(async (userIds) => {
        const rows = await this.organisations.membershipsOfUsers(userIds);
        return userIds.map((id) => rows.filter((row) => row.userId === id).map((row) => row.organisationId));
      }),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<OrganisationLoaders['create']> {}
}
