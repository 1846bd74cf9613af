import { Inject, Injectable } from '@nestjs/common';
import type { Booking, ConsultationFormat, Prisma, PrismaClient, Slot, User } from '@wiw/db';
import { changeRefusal, checkBookingTime } from '@wiw/domain';
import { AuditService } from '../../audit';
import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { isMember, requireVerifiedMember } from '../../access';
import { Semaphore, WRITE_QUEUE } from '../../common/concurrency/semaphore';
import { isRetryable, violates } from '../../common/errors/db-errors';
import { fromOverload } from '../../common/errors/try-again';
import {
  AttendanceTooEarlyError,
  BookingAlreadyBookedError,
  BookingFormatArchivedError,
  BookingFullError,
  BookingNotCancellableError,
  BookingNotFoundError,
  BookingOutsideHorizonError,
  BookingSlotTakenError,
  BookingTooShortNoticeError,
  FormatNotFoundError,
  IdempotencyKeyReusedError,
} from '../common/workbench.errors';
import type { AttendanceStatus } from '../common/enums';
import type { BookConsultationInput } from './booking.input';
import type { BookingWithSlot } from './booking.model';
import { BookingNoticesService } from './booking-notices.service';
import { SlotsService } from './slots.service';

type Db = Prisma.TransactionClient;
type Actor = Pick<User, 'id' | 'name'>;
type Locked = { booking: Booking; slot: Slot & { format: ConsultationFormat }; role: 'ADVISOR' | 'BOOKER' };

const ATTEMPTS = 3;
/** Waiting for a pooled connection, and the transaction itself: bounded, so no request queues without end. */
const TRANSACTION = { maxWait: 5_000, timeout: 20_000 };
const WITH_SLOT = { slot: { include: { format: true } } } as const;

function checkTime(format: ConsultationFormat, start: Date, now: Date): void {
  const problem = checkBookingTime(format, start, now);
  if (problem === 'TOO_SHORT_NOTICE') throw new BookingTooShortNoticeError(format.minimumNoticeHours);
  if (problem === 'OUTSIDE_HORIZON') throw new BookingOutsideHorizonError(format.bookingHorizonDays);
}

/**
 * Booking, cancelling, rescheduling and attendance. The database keeps the rules that matter
 * under concurrency (see the Slot model); this service turns their refusals into clear errors and
 * writes audit events and notices in the same transaction.
 */
@Injectable()
export class BookingsService {
  private readonly writes = new Semaphore(WRITE_QUEUE.limit);

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly slots: SlotsService,
    private readonly audit: AuditService,
    private readonly notices: BookingNoticesService,
  ) {}

  async book(actor: Actor, input: BookConsultationInput, requestId: string, now = new Date()): Promise<BookingWithSlot> {
    const replay = await this.replay(actor.id, input);
    if (replay) return replay;
    const format = isUuid(input.formatId) ? await this.prisma.consultationFormat.findUnique({ where: { id: input.formatId } }) : null;
    if (!format || format.status !== 'ACTIVE') throw new FormatNotFoundError();
    await requireVerifiedMember(this.prisma, actor.id, input.organisationId);
    checkTime(format, input.startsAt, now);
    return this.withRetries(
      format,
      async (tx) => {
        // The format as it is now, held against concurrent edits while the seat is taken.
        const current = await this.lockFormat(tx, format.id);
        if (current.status !== 'ACTIVE') throw new FormatNotFoundError();
        checkTime(current, input.startsAt, now);
        const slot = await this.slots.takeSeat(tx, current, input.startsAt);
        const booking = await tx.booking.create({
          data: {
            slotId: slot.id,
            organisationId: input.organisationId,
            bookedById: actor.id,
            agenda: input.agenda.trim(),
            idempotencyKey: input.idempotencyKey ?? null,
            // The rule as it is now stays this booking's, whatever the format says later.
            cancellationDeadlineHours: current.cancellationDeadlineHours,
          },
          include: WITH_SLOT,
        });
        await this.audit.record(tx, {
          actorUserId: actor.id,
          actingOrganisationId: input.organisationId,
          action: 'booking.created',
          entityType: 'Booking',
          entityId: booking.id,
          changes: { formatId: current.id, slotId: slot.id, startsAt: slot.startsAt.toISOString(), seatsTaken: slot.seatsTaken },
          requestId,
        });
        await this.notices.send(tx, booking.id, { template: 'booking-confirmed' });
        return booking;
      },
      () => this.replay(actor.id, input),
    );
  }

  /** Company until the deadline, advisor until the end; always with a reason. */
  async cancel(actor: Actor, id: string, reason: string, requestId: string, now = new Date()): Promise<BookingWithSlot> {
    return this.writes
      .run(() =>
        this.prisma.$transaction(async (tx) => {
          const { booking, slot, role } = await this.lockForChange(tx, actor, id, now);
          const cancelled = await tx.booking.update({
            where: { id },
            data: { status: 'CANCELLED', cancelledAt: now, cancelledById: actor.id, cancellationReason: reason.trim(), sequence: { increment: 1 } },
            include: WITH_SLOT,
          });
          await this.slots.releaseSeat(tx, slot.id, now);
          await this.audit.record(tx, {
            actorUserId: actor.id,
            actingOrganisationId: role === 'BOOKER' ? booking.organisationId : slot.format.organisationId,
            action: 'booking.cancelled',
            entityType: 'Booking',
            entityId: id,
            changes: { status: { from: booking.status, to: 'CANCELLED' }, by: role, reason: reason.trim() },
            requestId,
          });
          await this.notices.send(tx, id, { template: 'booking-cancelled', reason: reason.trim(), cancelledBy: actor.name });
          return tx.booking.findUniqueOrThrow({ where: { id: cancelled.id }, include: WITH_SLOT });
        }, TRANSACTION),
      )
      .catch((error: unknown) => {
        throw fromOverload(error) ?? error;
      });
  }

  /** Moves the booking to another start of its format in one transaction: all of it, or nothing. */
  async reschedule(actor: Actor, id: string, startsAt: Date, reason: string | null, requestId: string, now = new Date()): Promise<BookingWithSlot> {
    const found = isUuid(id) ? await this.prisma.booking.findUnique({ where: { id }, include: WITH_SLOT }) : null;
    if (!found) throw new BookingNotFoundError();
    const format = found.slot.format;
    return this.withRetries(format, async (tx) => {
      const { booking, slot, role } = await this.lockForChange(tx, actor, id, now);
      // An archived format takes no new times: its bookings can only be kept or cancelled.
      if ((await this.lockFormat(tx, slot.formatId)).status !== 'ACTIVE') throw new BookingFormatArchivedError();
      if (slot.startsAt.getTime() === startsAt.getTime()) {
        throw new BadUserInputError({ de: 'Der Termin liegt schon zu dieser Zeit.', en: 'The booking is already at this time.' });
      }
      checkTime(slot.format, startsAt, now);
      await this.slots.releaseSeat(tx, slot.id, now);
      const target = await this.slots.takeSeat(tx, slot.format, startsAt);
      const moved = await tx.booking.update({
        where: { id },
        data: { slotId: target.id, sequence: { increment: 1 }, reminderSentAt: null, movedFromSlotId: slot.id, previousStartsAt: slot.startsAt },
        include: WITH_SLOT,
      });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: role === 'BOOKER' ? booking.organisationId : slot.format.organisationId,
        action: 'booking.rescheduled',
        entityType: 'Booking',
        entityId: id,
        changes: {
          startsAt: { from: slot.startsAt.toISOString(), to: startsAt.toISOString() },
          slotId: { from: slot.id, to: target.id },
          by: role,
          reason: reason?.trim() || null,
        },
        requestId,
      });
      await this.notices.send(tx, id, {
        template: 'booking-rescheduled',
        previousSlotId: slot.id,
        previousStart: slot.startsAt,
        previousEnd: slot.endsAt,
        reason: reason?.trim() || null,
      });
      return moved;
    });
  }

  /** The advisor records, from the start on, whether the company came. */
  async markAttendance(actor: Actor, id: string, status: AttendanceStatus, requestId: string, now = new Date()): Promise<BookingWithSlot> {
    return this.prisma.$transaction(async (tx) => {
      const booking = await this.lockBooking(tx, id);
      if (booking.slot.advisorId !== actor.id) throw new BookingNotFoundError();
      if (booking.status === 'CANCELLED') throw new BookingNotCancellableError('STATUS');
      if (now < booking.slot.startsAt) throw new AttendanceTooEarlyError();
      const marked = await tx.booking.update({ where: { id }, data: { status, attendanceMarkedAt: now }, include: WITH_SLOT });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: booking.slot.format.organisationId,
        action: 'booking.attendance-marked',
        entityType: 'Booking',
        entityId: id,
        changes: { status: { from: booking.status, to: status } },
        requestId,
      });
      return marked;
    });
  }

  /**
   * Runs a booking transaction, at most WRITE_QUEUE.limit at once, and maps the database's
   * refusals. Concurrent bookings of one start are serialised in takeSeat, so a group slot created
   * by a concurrent first booking is joined, not fought over; a slot overlapping another format's
   * is BOOKING_SLOT_TAKEN. Waits that run out (queue, connection) are TRY_AGAIN.
   */
  private async withRetries(
    format: ConsultationFormat,
    work: (tx: Db) => Promise<BookingWithSlot>,
    replay?: () => Promise<BookingWithSlot | null>,
  ): Promise<BookingWithSlot> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writes.run(() => this.prisma.$transaction(work, TRANSACTION));
      } catch (error) {
        const replayed = replay ? await replay() : null;
        if (replayed) return replayed;
        if (violates(error, 'Slot_no_overlap')) {
          if (format.capacity > 1 && attempt < ATTEMPTS) continue;
          throw new BookingSlotTakenError();
        }
        if (violates(error, 'Booking_one_seat_per_organisation')) throw new BookingAlreadyBookedError();
        if (violates(error, 'Slot_seats_check')) throw new BookingFullError();
        if (isRetryable(error) && attempt < ATTEMPTS) continue;
        throw fromOverload(error) ?? error;
      }
    }
  }

  /** A retried request (same person, same key) gets the booking of its first attempt. */
  private async replay(userId: string, input: BookConsultationInput): Promise<BookingWithSlot | null> {
    if (!input.idempotencyKey) return null;
    const booking = await this.prisma.booking.findUnique({
      where: { bookedById_idempotencyKey: { bookedById: userId, idempotencyKey: input.idempotencyKey } },
      include: WITH_SLOT,
    });
    if (!booking) return null;
    const sameStart = booking.sequence > 0 || booking.slot.startsAt.getTime() === input.startsAt.getTime();
    if (booking.slot.formatId !== input.formatId.toLowerCase() || booking.organisationId !== input.organisationId.toLowerCase() || !sameStart)
      throw new IdempotencyKeyReusedError();
    return booking;
  }

  private async lockFormat(tx: Db, id: string): Promise<ConsultationFormat> {
    await tx.$queryRaw`SELECT id FROM "ConsultationFormat" WHERE id = ${id}::uuid FOR SHARE`;
    return tx.consultationFormat.findUniqueOrThrow({ where: { id } });
  }

  private async lockBooking(tx: Db, id: string): Promise<BookingWithSlot> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ slotId: string }>>`SELECT "slotId" FROM "Booking" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw new BookingNotFoundError();
    await tx.$queryRaw`SELECT id FROM "Slot" WHERE id = ${locked[0]!.slotId}::uuid FOR UPDATE`;
    return tx.booking.findUniqueOrThrow({ where: { id }, include: WITH_SLOT });
  }

  /** Locks the booking and its slot, and checks that this person may still change it. */
  private async lockForChange(tx: Db, actor: Actor, id: string, now: Date): Promise<Locked> {
    const booking = await this.lockBooking(tx, id);
    const { slot } = booking;
    const role = slot.advisorId === actor.id ? 'ADVISOR' : (await isMember(tx, actor.id, booking.organisationId)) ? 'BOOKER' : null;
    if (!role) throw new BookingNotFoundError();
    const refusal = changeRefusal({
      actor: role,
      confirmed: booking.status === 'CONFIRMED',
      start: slot.startsAt,
      end: slot.endsAt,
      format: booking,
      now,
    });
    if (refusal) throw new BookingNotCancellableError(refusal);
    return { booking, slot, role };
  }
}
