import type { NotCancellableReason } from '../errors/problems.js';
import { mergeIntervals, type Interval } from './availability.js';

/**
 * Bookable consultation slots. An advisor's slot format fixes how long a meeting lasts, the buffers
 * kept free around it, how early and how far ahead it can be booked and until when the booker may
 * cancel. All arithmetic is on instants: durations and buffers are real minutes, notice and
 * cancellation deadline real hours, the horizon 24-hour days (not calendar days).
 */

export interface SlotFormat {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeHours: number;
  bookingHorizonDays: number;
  cancellationDeadlineHours: number;
}

export type BookingTimeProblem = 'TOO_SHORT_NOTICE' | 'OUTSIDE_HORIZON';
export type CancellingActor = 'BOOKER' | 'ADVISOR';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The default grid never gets finer than this, so short meetings do not start at odd minutes. */
export const MIN_DEFAULT_STEP_MINUTES = 15;

const plus = (instant: Date, ms: number): Date => new Date(instant.getTime() + ms);

function checkPositiveMinutes(name: string, minutes: number): void {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`${name} must be a positive whole number of minutes: ${minutes}`);
}

/**
 * The time the advisor is taken by a meeting starting at `start`:
 * [start − bufferBefore, start + duration + bufferAfter). The database's exclusion constraint
 * compares these ranges (half-open), so two bookings A then B need a gap of at least
 * A.bufferAfter + B.bufferBefore between A's end and B's start; with no buffers they may touch.
 */
export function blockedRange(start: Date, format: SlotFormat): Interval {
  return {
    start: plus(start, -format.bufferBeforeMinutes * MINUTE_MS),
    end: plus(start, (format.durationMinutes + format.bufferAfterMinutes) * MINUTE_MS),
  };
}

/**
 * The starts that may be booked at `now`: from now + minimumNoticeHours to now + bookingHorizonDays
 * (24-hour days). Unlike other intervals BOTH ends are allowed starts: [start, end].
 */
export function bookingWindow(format: SlotFormat, now: Date): Interval {
  return {
    start: plus(now, format.minimumNoticeHours * HOUR_MS),
    end: plus(now, format.bookingHorizonDays * DAY_MS),
  };
}

/** Whether a meeting starting at `start` may be booked at `now`; a start in the past is too short a notice. */
export function checkBookingTime(format: SlotFormat, start: Date, now: Date): BookingTimeProblem | null {
  const window = bookingWindow(format, now);
  if (start < window.start) return 'TOO_SHORT_NOTICE';
  if (start > window.end) return 'OUTSIDE_HORIZON';
  return null;
}

/** The grid step when none is given: the meeting's duration, but at least 15 minutes. */
export function defaultStepMinutes(format: SlotFormat): number {
  return Math.max(format.durationMinutes, MIN_DEFAULT_STEP_MINUTES);
}

/**
 * The one grid of bookable starts, used to offer (bookableStarts) and to check (fitsWindows): from
 * each window's start in steps of `stepMinutes`, starts inside that window (at or after `from`, if
 * given) whose meeting lies wholly inside the union of all windows, so a meeting may run on across
 * midnight into the next day's touching window. Pass per-day pieces (availabilityPieces) so a
 * start's grid never depends on the range loaded; merged windows give each merged window one grid.
 */
export function gridStarts(windows: ReadonlyArray<Interval>, format: SlotFormat, stepMinutes: number, from?: number): Interval[] {
  checkPositiveMinutes('durationMinutes', format.durationMinutes);
  checkPositiveMinutes('stepMinutes', stepMinutes);
  const stepMs = stepMinutes * MINUTE_MS;
  const durationMs = format.durationMinutes * MINUTE_MS;
  const union = mergeIntervals(windows);
  const starts: Interval[] = [];
  for (const window of windows) {
    const windowStart = window.start.getTime();
    const windowEnd = window.end.getTime();
    const room = union.find((merged) => merged.start <= window.start && window.start < merged.end)!.end.getTime();
    // Skip grid points before `from` instead of trying them one by one.
    const skipped = from !== undefined && from > windowStart ? Math.ceil((from - windowStart) / stepMs) : 0;
    for (let start = windowStart + skipped * stepMs; start < windowEnd && start + durationMs <= room; start += stepMs) {
      starts.push({ start: new Date(start), end: new Date(start + durationMs) });
    }
  }
  return starts;
}

export interface BookableStartsInput {
  format: SlotFormat;
  /** Availability (availabilityPieces, or merged windows); each window has its own grid from its start, see gridStarts. */
  windows: ReadonlyArray<Interval>;
  /** Blocked ranges of existing bookings (see blockedRange), half-open. */
  busy: ReadonlyArray<Interval>;
  now: Date;
  stepMinutes?: number;
}

/**
 * The meetings [start, start + duration) that can be booked now: on the grid of gridStarts, with a start checkBookingTime
 * accepts and a blocked range (buffers included) that overlaps no busy range. Sorted by start, each
 * start once. Buffers may reach outside the window: they keep the advisor free, not available.
 */
export function bookableStarts(input: BookableStartsInput): Interval[] {
  const { format, windows, busy, now } = input;
  const allowed = bookingWindow(format, now);
  const found = new Map<number, Interval>();
  for (const meeting of gridStarts(windows, format, input.stepMinutes ?? defaultStepMinutes(format), allowed.start.getTime())) {
    const start = meeting.start.getTime();
    if (meeting.start > allowed.end || found.has(start)) continue;
    const blocked = blockedRange(meeting.start, format);
    const taken = busy.some((range) => range.start < blocked.end && blocked.start < range.end);
    if (!taken) found.set(start, meeting);
  }
  return [...found.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * Whether `start` is on the grid bookableStarts offers (gridStarts over the same windows), so the
 * API can check a requested start against availability. Notice,
 * horizon and other bookings are checked separately (checkBookingTime, the exclusion constraint).
 */
export function fitsWindows(
  start: Date,
  format: SlotFormat,
  windows: ReadonlyArray<Interval>,
  stepMinutes: number = defaultStepMinutes(format),
): boolean {
  const at = start.getTime();
  return gridStarts(windows, format, stepMinutes, at).some((meeting) => meeting.start.getTime() === at);
}

/** The last instant at which the booker may still cancel: start − cancellationDeadlineHours. */
export function cancellationDeadline(start: Date, format: Pick<SlotFormat, 'cancellationDeadlineHours'>): Date {
  return plus(start, -format.cancellationDeadlineHours * HOUR_MS);
}

/**
 * Why `actor` may not cancel or reschedule a booking at `now`, or null when they may. Only a
 * confirmed booking that is not over can change ('STATUS'); then the advisor may at any time
 * (e.g. illness), the booker only until the cancellation deadline, that instant included ('DEADLINE').
 */
export function changeRefusal(input: {
  actor: CancellingActor;
  confirmed: boolean;
  start: Date;
  end: Date;
  format: Pick<SlotFormat, 'cancellationDeadlineHours'>;
  now: Date;
}): NotCancellableReason | null {
  if (!input.confirmed || input.end <= input.now) return 'STATUS';
  if (input.actor === 'ADVISOR') return null;
  return input.now <= cancellationDeadline(input.start, input.format) ? null : 'DEADLINE';
}
