import { Injectable } from '@nestjs/common';
import type { RegionKey } from '@wiw/db';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { RegionsService } from './regions.service';

@Injectable()
export class RegionLoaders implements LoaderSource {
  constructor(private readonly regions: RegionsService) {}

  create() {
    return {
      municipality: oneByKey(
        (ids: readonly string[]) => this.regions.municipalitiesByIds(ids),
        (m) => m.id,
        'Municipality',
      ),
      region: oneByKey(
        (keys: readonly RegionKey[]) => this.regions.findByKeys(keys),
        (r) => r.key,
        'Region',
      ),
      municipalitiesByRegion: manyByKey(
        (keys: readonly RegionKey[]) => this.regions.municipalitiesByRegions(keys),
        (m) => m.regionKey,
      ),
      organisationCountByRegion: new DataLoader<RegionKey, number>(async (keys) => {
        const counts = await this.regions.organisationCountsByRegions(keys);
        return keys.map((key) => counts.get(key) ?? 0);
      }),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<RegionLoaders['create']> {}
}
