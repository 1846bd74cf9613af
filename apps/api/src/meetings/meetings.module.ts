import { Module } from '@nestjs/common';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { MeetingCancellationResolver } from './cancellation.resolver';
import { MeetingCancellationService } from './cancellation.service';
import { InvitableOfficesResolver, InvitableOfficesService } from './invitable-offices';
import { InvitationsResolver, MeetingInvitationsFieldResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { MeetingCalendarController } from './meeting-calendar.controller';
import { MeetingFeedContribution } from './meeting-feed';
import { MeetingMails } from './meeting-mails';
import { MeetingReminderService } from './meeting-reminders';
import { MeetingLoaders } from './meetings.loaders';
import { AgendaItemResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';
import { AgendaItemMinutesResolver, MeetingDecisionResolver, MeetingMinutesResolver, MilestoneDecisionResolver } from './minutes/minutes.resolver';
import { MinutesService } from './minutes/minutes.service';
import { ProjectsModule } from '../projects';

/** Partnership meetings and events: agenda, visibility, registration with waitlist, invitations to offices and organisations, minutes and decisions. */
@Module({
  imports: [ProjectsModule],
  controllers: [MeetingCalendarController],
  providers: [
    MeetingsService,
    RegistrationsService,
    InvitationsService,
    MeetingsResolver,
    AgendaItemResolver,
    RegistrationsResolver,
    InvitationsResolver,
    MeetingInvitationsFieldResolver,
    MeetingLoaders,
    MeetingMails,
    MeetingReminderService,
    MeetingFeedContribution,
    MeetingCancellationService,
    MeetingCancellationResolver,
    InvitableOfficesService,
    InvitableOfficesResolver,
    AttendanceService,
    AttendanceResolver,
    MinutesService,
    MeetingMinutesResolver,
    AgendaItemMinutesResolver,
    MeetingDecisionResolver,
    MilestoneDecisionResolver,
  ],
  exports: [MeetingLoaders, MeetingMails, MeetingReminderService, MeetingFeedContribution],
})
export class MeetingsModule {}
