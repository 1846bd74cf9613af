import { Module } from '@nestjs/common';
import { AdvisorSlotResolver } from './bookings/advisor-slot.resolver';
import { AvailabilityResolver } from './availability/availability.resolver';
import { AvailabilityService } from './availability/availability.service';
import { BookingNoticesService } from './bookings/booking-notices.service';
import { BookingQueriesService } from './bookings/booking-queries.service';
import { BookingReminderService } from './bookings/booking-reminder.service';
import { BookingsResolver } from './bookings/bookings.resolver';
import { BookingsService } from './bookings/bookings.service';
import { NextFreeService } from './bookings/next-free.service';
import { SlotsService } from './bookings/slots.service';
import { FormatsResolver } from './formats/formats.resolver';
import { FormatsService } from './formats/formats.service';
import { CalendarModule } from './calendar/calendar.module';
import { WorkbenchLoaders } from './workbench.loaders';

/** The digital workbench: consultation formats, availability, slots and bookings. */
@Module({
  imports: [CalendarModule],
  providers: [
    FormatsService,
    FormatsResolver,
    AvailabilityService,
    AvailabilityResolver,
    SlotsService,
    NextFreeService,
    BookingsService,
    BookingQueriesService,
    BookingNoticesService,
    BookingReminderService,
    BookingsResolver,
    AdvisorSlotResolver,
    WorkbenchLoaders,
  ],
  exports: [WorkbenchLoaders, BookingReminderService],
})
export class WorkbenchModule {}
