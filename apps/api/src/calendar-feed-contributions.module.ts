import { Global, Module } from '@nestjs/common';
import { CALENDAR_FEED_CONTRIBUTIONS, type CalendarFeedContribution } from './common/calendar/feed-contributions';
import { MeetingFeedContribution, MeetingsModule } from './meetings';

/** The composition of the personal calendar feed: every feature's contribution, for the feed in workbench/calendar. */
@Global()
@Module({
  imports: [MeetingsModule],
  providers: [
    {
      provide: CALENDAR_FEED_CONTRIBUTIONS,
      inject: [MeetingFeedContribution],
      useFactory: (...contributions: CalendarFeedContribution[]) => contributions,
    },
  ],
  exports: [CALENDAR_FEED_CONTRIBUTIONS],
})
export class CalendarFeedContributionsModule {}
