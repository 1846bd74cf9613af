import { Module } from '@nestjs/common';
import { DeskBookingsResolver } from './desks/desk-bookings.resolver';
import { DeskBookingsService } from './desks/desk-bookings.service';
import { DeskCalendarController, DeskCalendarService } from './desks/desk-calendar';
import './enums';
import { PlacesResolver } from './places/places.resolver';
import { PlacesService } from './places/places.service';

/** Co-working places of topic field 2 and their bookable day desks. */
@Module({
  controllers: [DeskCalendarController],
  providers: [PlacesService, PlacesResolver, DeskBookingsService, DeskBookingsResolver, DeskCalendarService],
})
export class CoworkingModule {}
