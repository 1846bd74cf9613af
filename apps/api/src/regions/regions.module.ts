import { Module } from '@nestjs/common';
import { MunicipalityResolver, RegionsResolver } from './regions.resolver';
import { RegionLoaders } from './regions.loaders';
import { RegionsService } from './regions.service';

@Module({
  providers: [RegionsService, RegionsResolver, MunicipalityResolver, RegionLoaders],
  exports: [RegionLoaders],
})
export class RegionsModule {}
