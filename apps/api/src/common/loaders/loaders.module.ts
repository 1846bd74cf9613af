import { Module } from '@nestjs/common';
import { MatchmakingModule } from '../../matchmaking/matchmaking.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { RegionsModule } from '../../regions/regions.module';
import { TopicFieldsModule } from '../../topic-fields/topic-fields.module';
import { WorkbenchModule } from '../../workbench/workbench.module';
import { LoadersFactory } from './loaders.factory';

@Module({
  imports: [OrganisationsModule, RegionsModule, TopicFieldsModule, MatchmakingModule, WorkbenchModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
