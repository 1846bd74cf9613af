import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Booking as BookingRow, ConsultationFormat as FormatRow, Slot as SlotRow } from '@wiw/db';
import { cancellationDeadline } from '@wiw/domain';
import { ConnectionType } from '../../common/pagination/pagination';
import { BookingStatus, ConsultationMode } from '../common/enums';

export type BookingWithSlot = BookingRow & { slot: SlotRow & { format: FormatRow } };

@ObjectType({ description: 'A free time to book: a new one-to-one or group slot, or seats left in a group session.' })
export class BookableSlot {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int, { description: 'Seats still free (1 for a one-to-one slot).' })
  seatsLeft: number;
}

@ObjectType({ description: 'Name and e-mail of the other side of a booking, for its participants and advisor.' })
export class BookingContact {
  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType({ description: 'A booked consultation (one-to-one) or a seat in a group session; only its participants and the advisor see it.' })
export class Booking {
  @Field(() => ID)
  id: string;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field()
  agenda: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => ConsultationMode)
  mode: ConsultationMode;

  @Field(() => String, { nullable: true, description: 'ONSITE: the address.' })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'REMOTE: the meeting link (participants and advisor only).' })
  meetingLink: string | null;

  @Field({ description: 'Companies may cancel or reschedule until this instant; the advisor at any time.' })
  cancellationDeadline: Date;

  @Field(() => Date, { nullable: true, description: 'The start before the last move (rescheduling); null if never moved.' })
  previousStartsAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true })
  attendanceMarkedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'Path of this booking’s calendar file (.ics), for signed-in participants and the advisor.' })
  calendarPath: string;

  formatId: string;
  /** Copied from the format when booked, for the cancellation rules (domain `changeRefusal`). */
  cancellationDeadlineHours: number;
  organisationId: string;
  advisorId: string;
  bookedById: string | null;
  cancelledById: string | null;
  slotId: string;

  static from(row: BookingWithSlot): Booking {
    const { slot } = row;
    return Object.assign(new Booking(), {
      id: row.id,
      status: row.status,
      agenda: row.agenda,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      mode: slot.format.mode,
      location: slot.format.location,
      // The link is the format's, shared by all its sessions: only while this booking is live.
      meetingLink: row.status === 'CANCELLED' || slot.status === 'CANCELLED' ? null : slot.format.meetingLink,
      cancellationDeadline: cancellationDeadline(slot.startsAt, row),
      previousStartsAt: row.previousStartsAt,
      cancelledAt: row.cancelledAt,
      cancellationReason: row.cancellationReason,
      attendanceMarkedAt: row.attendanceMarkedAt,
      createdAt: row.createdAt,
      calendarPath: `/workbench/bookings/${row.id}/calendar.ics`,
      formatId: slot.formatId,
      cancellationDeadlineHours: row.cancellationDeadlineHours,
      organisationId: row.organisationId,
      advisorId: slot.advisorId,
      bookedById: row.bookedById,
      cancelledById: row.cancelledById,
      slotId: row.slotId,
    });
  }
}

@ObjectType()
export class BookingConnection extends ConnectionType(Booking, 'Booking') {}

@ObjectType({ description: 'One of my scheduled or cancelled slots with its bookings (advisors’ week calendar).' })
export class AdvisorSlot {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  seatsTaken: number;

  @Field()
  cancelled: boolean;

  @Field(() => [Booking], { description: 'Every booking of the slot, cancelled ones included.' })
  bookings: Booking[];

  @Field(() => [Booking], { description: 'Bookings moved from this slot to another time, at their new time.' })
  movedAway: Booking[];

  formatId: string;

  static from(slot: SlotRow & { format: FormatRow; bookings: BookingRow[]; movedAway: BookingWithSlot[] }): AdvisorSlot {
    return Object.assign(new AdvisorSlot(), {
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      capacity: slot.capacity,
      seatsTaken: slot.seatsTaken,
      cancelled: slot.status === 'CANCELLED',
      bookings: slot.bookings.map((booking) => Booking.from({ ...booking, slot })),
      movedAway: slot.movedAway.map((booking) => Booking.from(booking)),
      formatId: slot.formatId,
    });
  }
}
