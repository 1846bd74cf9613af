import { Module } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';

/** Calendar files of the digital workbench: private iCal feeds and one booking as .ics. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarFeedService, CalendarResolver],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
