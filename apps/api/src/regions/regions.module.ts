import { Module } from '@nestjs/common';
import { MunicipalityResolver, RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({
  providers: [RegionsService, RegionsResolver, MunicipalityResolver],
  exports: [RegionsService],
})
export class RegionsModule {}
