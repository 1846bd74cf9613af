import { Public } from '../common/auth/decorators';
import { Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../common/graphql/locale.decorator';
import type { Loaders } from '../common/loaders/loaders';
import { Municipality } from './models/municipality.model';
import { Region } from './models/region.model';
import { RegionsService } from './regions.service';

/** Public information about the partnership: no session needed. */
@Public()
@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Query(() => [Region], { description: 'Dortmund first, then the five Südwestfalen districts, OTHER last.' })
  async regions(): Promise<Region[]> {
    return (await this.service.list()).map((row) => Region.from(row));
  }

  @ResolveField(() => [Municipality])
  async municipalities(@Parent() region: Region, @RequestLoaders() loaders: Loaders): Promise<Municipality[]> {
    return (await loaders.municipalitiesByRegion.load(region.key)).map((row) => Municipality.from(row));
  }

  @ResolveField(() => Int, { description: 'Registered organisations seated in this region.' })
  organisationCount(@Parent() region: Region, @RequestLoaders() loaders: Loaders): Promise<number> {
    return loaders.organisationCountByRegion.load(region.key);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @ResolveField(() => Region)
  async region(@Parent() municipality: Municipality, @RequestLoaders() loaders: Loaders): Promise<Region> {
    return Region.from(await loaders.region.load(municipality.regionKey));
  }
}
