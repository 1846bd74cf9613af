import { Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../common/graphql/locale.decorator';
import type { Loaders } from '../common/loaders/loaders.factory';
import { Municipality } from './models/municipality.model';
import { Region } from './models/region.model';
import { RegionsService } from './regions.service';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [Region], { description: 'Dortmund first, then the five Südwestfalen districts, OTHER last.' })
  async regions(): Promise<Region[]> {
    return (await this.service.list()).map((row) => Region.from(row));
  }

  @ResolveField(() => [Municipality])
  municipalities(@Parent() region: Region, @RequestLoaders() loaders: Loaders): Promise<Municipality[]> {
    return loaders.municipalitiesByRegion.load(region.key);
  }

  @ResolveField(() => Int, { description: 'Registered organisations seated in this region.' })
  organisationCount(@Parent() region: Region, @RequestLoaders() loaders: Loaders): Promise<number> {
    return loaders.organisationCountByRegion.load(region.key);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @ResolveField(() => Region)
  region(@Parent() municipality: Municipality, @RequestLoaders() loaders: Loaders): Promise<Region> {
    return loaders.region.load(municipality.regionKey);
  }
}
