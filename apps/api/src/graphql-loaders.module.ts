import { Module } from '@nestjs/common';
import { LOADER_SOURCES, LoadersFactory, type LoaderSource } from './common/loaders/loaders';
import { MatchmakingLoaders, MatchmakingModule } from './matchmaking';
import { MeetingLoaders, MeetingsModule } from './meetings';
import { OrganisationLoaders, OrganisationsModule } from './organisations';
import { ProjectLoaders, ProjectsModule } from './projects';
import { RegionLoaders, RegionsModule } from './regions';
import { TopicFieldLoaders, TopicFieldsModule } from './topic-fields';
import { WorkbenchLoaders, WorkbenchModule } from './workbench';

/** The composition of the per-request DataLoaders: every feature's LoaderSource, handed to common's LoadersFactory. */
@Module({
  imports: [OrganisationsModule, RegionsModule, TopicFieldsModule, MatchmakingModule, WorkbenchModule, ProjectsModule, MeetingsModule],
  providers: [
    {
      provide: LOADER_SOURCES,
      inject: [OrganisationLoaders, RegionLoaders, TopicFieldLoaders, MatchmakingLoaders, WorkbenchLoaders, ProjectLoaders, MeetingLoaders],
      useFactory: (...sources: LoaderSource[]) => sources,
    },
    LoadersFactory,
  ],
  exports: [LoadersFactory],
})
export class GraphQLLoadersModule {}
