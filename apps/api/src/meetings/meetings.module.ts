import { Module } from '@nestjs/common';
import { MeetingLoaders } from './meetings.loaders';
import { AgendaItemResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';

/** Partnership meetings and events: agenda, visibility, registration with waitlist. */
@Module({
  providers: [MeetingsService, RegistrationsService, MeetingsResolver, AgendaItemResolver, RegistrationsResolver, MeetingLoaders],
  exports: [MeetingLoaders],
})
export class MeetingsModule {}
