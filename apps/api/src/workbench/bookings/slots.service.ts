import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationFormat, Prisma, PrismaClient, Slot } from '@wiw/db';
import {
  addDays,
  blockedRange,
  bookableStarts,
  bookingWindow,
  fitsWindows,
  instantToZoned,
  MAX_SLOT_RANGE_DAYS,
  zonedToInstant,
  type Interval,
} from '@wiw/domain';
import { PRISMA } from '../../database/database.module';
import { AvailabilityService } from '../availability/availability.service';
import { BookingFullError, BookingSlotTakenError, BookingUnavailableError, SlotRangeError } from '../common/workbench.errors';

type Db = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
const day = (date: Date): string => date.toISOString().slice(0, 10);

export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  seatsLeft: number;
}

/**
 * Slots: the concrete times of a format. A slot row exists once somebody booked it; free times
 * are derived from the advisor's availability minus the blocked ranges of scheduled slots.
 */
@Injectable()
export class SlotsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly availability: AvailabilityService,
  ) {}

  /** Free times of a format on the Berlin days from..to (at most 42 days), soonest first. */
  async bookable(format: ConsultationFormat, from: Date, to: Date, now = new Date()): Promise<FreeSlot[]> {
    const days = (to.getTime() - from.getTime()) / DAY_MS;
    if (days < 0 || days >= MAX_SLOT_RANGE_DAYS) throw new SlotRangeError(MAX_SLOT_RANGE_DAYS);
    const window = bookingWindow(format, now);
    const windows = await this.availability.windows(format.advisorId, day(from), day(to));
    // The requested Berlin days, widened by a day on each side for buffers and merged windows.
    const rangeStart = new Date(zonedToInstant(day(from), '00:00').getTime() - DAY_MS);
    const rangeEnd = new Date(zonedToInstant(addDays(day(to), 1), '00:00').getTime() + DAY_MS);
    const scheduled = await this.prisma.slot.findMany({
      where: { advisorId: format.advisorId, status: 'SCHEDULED', blockedUntil: { gt: rangeStart }, blockedFrom: { lt: rangeEnd } },
      orderBy: { startsAt: 'asc' },
    });
    const joinable = scheduled.filter((slot) => slot.formatId === format.id && format.capacity > 1);
    const busy: Interval[] = scheduled
      .filter((slot) => !joinable.includes(slot))
      .map((slot) => ({ start: slot.blockedFrom, end: slot.blockedUntil }));
    const free = new Map<number, FreeSlot>();
    for (const candidate of bookableStarts({ format, windows, busy, now })) {
      const blocked = blockedRange(candidate.start, format);
      const clash = joinable.some(
        (slot) => slot.startsAt.getTime() !== candidate.start.getTime() && slot.blockedFrom < blocked.end && blocked.start < slot.blockedUntil,
      );
      if (!clash) free.set(candidate.start.getTime(), { startsAt: candidate.start, endsAt: candidate.end, seatsLeft: format.capacity });
    }
    // Group sessions already booked keep their seats on offer, even if the weekly rules changed since.
    for (const slot of joinable) {
      const localDay = instantToZoned(slot.startsAt).date;
      const inRange = localDay >= day(from) && localDay <= day(to);
      const inWindow = slot.startsAt >= window.start && slot.startsAt <= window.end;
      const seatsLeft = slot.capacity - slot.seatsTaken;
      if (inRange && inWindow && seatsLeft > 0) free.set(slot.startsAt.getTime(), { startsAt: slot.startsAt, endsAt: slot.endsAt, seatsLeft });
      else free.delete(slot.startsAt.getTime());
    }
    return [...free.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /**
   * Takes one seat at `start` in the caller's transaction: joins the scheduled slot of this format
   * under its row lock, or creates the slot (the exclusion constraint refuses any overlap with
   * another scheduled slot of the advisor; the caller maps that to BOOKING_SLOT_TAKEN).
   *
   * Bookings of the same format and start queue on a transaction-scoped advisory lock first. Without
   * it, every concurrent first booking of a group session found no slot, inserted one and all but one
   * failed on the exclusion constraint: each such request spent an attempt (and its place in the
   * write queue) on that race, and on a loaded machine 19 of 20 ran out of attempts. With it, the
   * second request waits for the first to commit and then finds the slot to join.
   */
  async takeSeat(tx: Db, format: ConsultationFormat, start: Date): Promise<Slot> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${format.id} || '@' || ${start.toISOString()}, 0))`;
    const [existing] = await tx.$queryRaw<Array<{ id: string; seatsTaken: number; capacity: number }>>`
      SELECT id, "seatsTaken", capacity FROM "Slot"
       WHERE "formatId" = ${format.id}::uuid AND "startsAt" = ${start} AND status = 'SCHEDULED'
       FOR UPDATE`;
    if (existing) {
      if (existing.seatsTaken >= existing.capacity) throw existing.capacity === 1 ? new BookingSlotTakenError() : new BookingFullError();
      return tx.slot.update({ where: { id: existing.id }, data: { seatsTaken: { increment: 1 } } });
    }
    if (!(await this.offersAt(tx, format, start))) throw new BookingUnavailableError();
    const blocked = blockedRange(start, format);
    return tx.slot.create({
      data: {
        formatId: format.id,
        advisorId: format.advisorId,
        startsAt: start,
        endsAt: new Date(start.getTime() + format.durationMinutes * 60_000),
        blockedFrom: blocked.start,
        blockedUntil: blocked.end,
        capacity: format.capacity,
        seatsTaken: 1,
      },
    });
  }

  /** Gives a seat back (the slot row is locked by the caller); an empty slot frees the advisor's time. */
  async releaseSeat(tx: Db, slotId: string, now: Date): Promise<void> {
    const slot = await tx.slot.update({ where: { id: slotId }, data: { seatsTaken: { decrement: 1 } } });
    if (slot.seatsTaken === 0) await tx.slot.update({ where: { id: slotId }, data: { status: 'CANCELLED', cancelledAt: now } });
  }

  /** The advisor's availability has this start on the format's grid. */
  private async offersAt(tx: Db, format: ConsultationFormat, start: Date): Promise<boolean> {
    const date = instantToZoned(start).date;
    const windows = await this.availability.windows(format.advisorId, addDays(date, -1), addDays(date, 1), tx);
    return fitsWindows(start, format, windows);
  }
}
