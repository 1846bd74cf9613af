import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationFormat, Prisma, PrismaClient, Slot } from '@wiw/db';
import { addDays, blockedRange, dayStart, fitsWindows, instantToZoned, MAX_SLOT_RANGE_DAYS } from '@wiw/domain';
import { PRISMA } from '../../database/database.module';
import { AvailabilityService } from '../availability/availability.service';
import { freeSlots, loadedDays, type FreeSlot } from './free-slots';
import { BookingFullError, BookingSlotTakenError, BookingUnavailableError, SlotRangeError } from '../common/workbench.errors';

type Db = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
const day = (date: Date): string => date.toISOString().slice(0, 10);

/** Slots whose blocked range meets the Berlin days from..to. */
export const blockedDuring = (from: string, to: string) => ({
  blockedUntil: { gt: dayStart(from) },
  blockedFrom: { lt: dayStart(addDays(to, 1)) },
});

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
    const loaded = loadedDays(day(from), day(to));
    const rules = await this.availability.rules(format.advisorId);
    const exceptions = await this.availability.exceptionsOn([format.advisorId], loaded.from, loaded.to);
    const scheduled = await this.prisma.slot.findMany({
      where: { advisorId: format.advisorId, status: 'SCHEDULED', ...blockedDuring(loaded.from, loaded.to) },
      orderBy: { startsAt: 'asc' },
    });
    return freeSlots({ format, rules, exceptions, scheduled, from: day(from), to: day(to), now });
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
      return tx.slot.update({ where: { id: existing.id }, data: { seatsTaken: { increment: 1 }, sequence: { increment: 1 } } });
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
    const slot = await tx.slot.update({ where: { id: slotId }, data: { seatsTaken: { decrement: 1 }, sequence: { increment: 1 } } });
    if (slot.seatsTaken === 0) await tx.slot.update({ where: { id: slotId }, data: { status: 'CANCELLED', cancelledAt: now } });
  }

  /** The advisor's availability has this start on the format's grid. */
  private async offersAt(tx: Db, format: ConsultationFormat, start: Date): Promise<boolean> {
    const date = instantToZoned(start).date;
    const pieces = await this.availability.pieces(format.advisorId, addDays(date, -1), addDays(date, 1), tx);
    return fitsWindows(start, format, pieces);
  }
}
