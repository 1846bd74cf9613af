import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { RegionsModule } from '../../regions/regions.module';
import { TopicFieldsModule } from '../../topic-fields/topic-fields.module';
import { LoadersFactory } from './loaders.factory';

@Module({
  imports: [OrganisationsModule, RegionsModule, TopicFieldsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
