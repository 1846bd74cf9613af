import { Module } from '@nestjs/common';
import { OrganisationsResolver, ProjectParticipationResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, ProjectParticipationResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
