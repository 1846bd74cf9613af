import type { AvailabilityException, AvailabilityRule, ConsultationFormat, Slot } from '@wiw/db';
import { addDays, availabilityPieces, blockedRange, bookableStarts, bookingWindow, instantToZoned, type Interval } from '@wiw/domain';
import { toExceptionSpec, toWeeklyRule } from '../availability/availability.service';

export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  seatsLeft: number;
}

interface FreeSlotsInput {
  format: ConsultationFormat;
  /** The advisor's weekly rules and the exceptions of the days from − 1 to to + 1. */
  rules: readonly AvailabilityRule[];
  exceptions: readonly AvailabilityException[];
  /** The advisor's scheduled slots whose blocked range meets the days from − 1 to to + 1. */
  scheduled: readonly Slot[];
  /** Berlin days, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  now: Date;
}

/**
 * The free times of a format on the Berlin days from..to, soonest first: the advisor's availability
 * minus the blocked ranges of other scheduled slots; a group session already booked keeps its open
 * seats on offer. The one computation behind bookableSlots and nextFreeSlot.
 */
export function freeSlots({ format, rules, exceptions, scheduled, from, to, now }: FreeSlotsInput): FreeSlot[] {
  const window = bookingWindow(format, now);
  // The neighbouring days too: a meeting late on `to` may run on past midnight into the next day's
  // availability. The grid (gridStarts) runs per day, as the booking check (fitsWindows) sees it.
  const loaded = loadedDays(from, to);
  const windows = availabilityPieces(rules.map(toWeeklyRule), exceptions.map(toExceptionSpec), loaded.from, loaded.to);
  const onRequestedDay = (start: Date) => {
    const localDay = instantToZoned(start).date;
    return localDay >= from && localDay <= to;
  };
  const joinable = scheduled.filter((slot) => slot.formatId === format.id && format.capacity > 1);
  const busy: Interval[] = scheduled.filter((slot) => !joinable.includes(slot)).map((slot) => ({ start: slot.blockedFrom, end: slot.blockedUntil }));
  const free = new Map<number, FreeSlot>();
  for (const candidate of bookableStarts({ format, windows, busy, now })) {
    if (!onRequestedDay(candidate.start)) continue;
    const blocked = blockedRange(candidate.start, format);
    const clash = joinable.some(
      (slot) => slot.startsAt.getTime() !== candidate.start.getTime() && slot.blockedFrom < blocked.end && blocked.start < slot.blockedUntil,
    );
    if (!clash) free.set(candidate.start.getTime(), { startsAt: candidate.start, endsAt: candidate.end, seatsLeft: format.capacity });
  }
  // Group sessions already booked keep their seats on offer, even if the weekly rules changed since.
  for (const slot of joinable) {
    const inRange = onRequestedDay(slot.startsAt);
    const inWindow = slot.startsAt >= window.start && slot.startsAt <= window.end;
    const seatsLeft = slot.capacity - slot.seatsTaken;
    if (inRange && inWindow && seatsLeft > 0) free.set(slot.startsAt.getTime(), { startsAt: slot.startsAt, endsAt: slot.endsAt, seatsLeft });
    else free.delete(slot.startsAt.getTime());
  }
  return [...free.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The days from..to widened by one on each side: what freeSlots needs loaded. */
export const loadedDays = (from: string, to: string) => ({ from: addDays(from, -1), to: addDays(to, 1) });
