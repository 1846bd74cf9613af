import { Module } from '@nestjs/common';
import { OrganisationLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, OrganisationLoaders],
  exports: [OrganisationLoaders],
})
export class OrganisationsModule {}
