import { Field, ID, ObjectType } from '@nestjs/graphql';
import { deskCancellationDeadline } from '@wiw/domain';
import { DateScalar } from '../../common/scalars/date.scalar';
import { DeskBookingStatus } from '../enums';
import { CoworkingPlace } from '../places/place.model';
import { isoDay, type DeskBookingWithPlace } from './desk-bookings.service';

@ObjectType({ description: 'A day desk booked by me for one calendar day in Europe/Berlin.' })
export class DeskBooking {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { description: 'The Berlin calendar day of the desk.' })
  date: Date;

  @Field(() => DeskBookingStatus)
  status: DeskBookingStatus;

  @Field(() => CoworkingPlace)
  place: CoworkingPlace;

  @Field({ description: 'Until this instant the booking can be cancelled.' })
  cancellationDeadline: Date;

  @Field({ description: 'Confirmed and before the deadline.' })
  viewerCanCancel: boolean;

  @Field({ description: 'Where the calendar file (.ics, an all-day event) of this booking is downloaded (same session).' })
  calendarPath: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  organisationId: string | null;

  static from(row: DeskBookingWithPlace, now = new Date()): DeskBooking {
    const deadline = deskCancellationDeadline(isoDay(row.date), row.place.cancellationDeadlineHours);
    return Object.assign(new DeskBooking(), {
      id: row.id,
      date: row.date,
      status: row.status,
      place: CoworkingPlace.from(row.place),
      cancellationDeadline: deadline,
      viewerCanCancel: row.status === 'CONFIRMED' && now <= deadline,
      calendarPath: `/coworking/desk-bookings/${row.id}/calendar.ics`,
      createdAt: row.createdAt,
      cancelledAt: row.cancelledAt,
      organisationId: row.organisationId,
    });
  }
}
