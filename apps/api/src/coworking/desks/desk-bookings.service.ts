import { Inject, Injectable } from '@nestjs/common';
import type { CoworkingPlace, DeskBooking, Prisma, PrismaClient } from '@wiw/db';
import { berlinDate, deskCancellationDeadline, deskDayProblem } from '@wiw/domain';
import { requireMember } from '../../access';
import { AuditService } from '../../audit';
import { Semaphore, WRITE_QUEUE } from '../../common/concurrency/semaphore';
import { isRetryable, violates } from '../../common/errors/db-errors';
import { isUuid } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import {
  DeskBookingNotFoundError,
  DeskDayAlreadyBookedError,
  DeskDayFullError,
  DeskDayNotBookableError,
  DeskDayNotCancellableError,
  PlaceNotFoundError,
} from '../coworking.errors';

type Db = Prisma.TransactionClient;
type Actor = { id: string };
export type DeskBookingWithPlace = DeskBooking & { place: CoworkingPlace };

const ATTEMPTS = 3;
const MAX_LISTED = 100;
const WITH_PLACE = { place: true } as const;

/** "YYYY-MM-DD" of a `date` column or a Date argument (both held as UTC midnight). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const asDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

interface BookDesk {
  placeId: string;
  date: Date;
  organisationId?: string | null;
}

/**
 * Day desks. The database keeps the two rules that matter under concurrency: a day's desks taken
 * stay within its capacity (`CoworkingDeskDay_desks_check`, counted by an upsert that holds the
 * day's row lock until commit) and one confirmed desk per person and day
 * (`DeskBooking_one_per_person_and_day`). This service turns their refusals into clear errors.
 */
@Injectable()
export class DeskBookingsService {
  private readonly writes = new Semaphore(WRITE_QUEUE.limit);

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async book(actor: Actor, input: BookDesk, requestId: string, now = new Date()): Promise<DeskBookingWithPlace> {
    const day = isoDay(input.date);
    const problem = deskDayProblem(day, now);
    if (problem) throw new DeskDayNotBookableError(problem);
    const place = isUuid(input.placeId) ? await this.prisma.coworkingPlace.findUnique({ where: { id: input.placeId } }) : null;
    if (!place) throw new PlaceNotFoundError();
    const organisationId = input.organisationId?.toLowerCase() ?? null;
    if (organisationId) await requireMember(this.prisma, actor.id, organisationId);
    // In its turn, a day already full is refused without a transaction; the check constraint stays the rule.
    const full = async () => (await this.desksLeft(place, input.date)) === 0;
    return this.withRetries(async (tx) => {
      // The booking first: a second desk of the same person that day is refused before a desk is counted.
      const booking = await tx.deskBooking.create({
        data: { placeId: place.id, date: asDate(day), userId: actor.id, organisationId },
        include: WITH_PLACE,
      });
      const [taken] = await tx.$queryRaw<Array<{ desksTaken: number }>>`
        INSERT INTO "CoworkingDeskDay" ("placeId", "date", "capacity", "desksTaken")
        SELECT id, ${day}::date, desks, 1 FROM "CoworkingPlace" WHERE id = ${place.id}::uuid
        ON CONFLICT ("placeId", "date") DO UPDATE
          SET "desksTaken" = "CoworkingDeskDay"."desksTaken" + 1, "capacity" = EXCLUDED."capacity"
        RETURNING "desksTaken"`;
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: organisationId,
        action: 'desk-booking.created',
        entityType: 'DeskBooking',
        entityId: booking.id,
        changes: { placeId: place.id, date: day, desksTaken: taken?.desksTaken ?? null },
        requestId,
      });
      return booking;
    }, full);
  }

  /** The person who booked, until the place's deadline before the day starts in Berlin. */
  async cancel(actor: Actor, id: string, requestId: string, now = new Date()): Promise<DeskBookingWithPlace> {
    return this.withRetries(async (tx) => {
      const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "DeskBooking" WHERE id = ${id}::uuid FOR UPDATE` : [];
      const booking = locked.length ? await tx.deskBooking.findUnique({ where: { id }, include: WITH_PLACE }) : null;
      if (!booking || booking.userId !== actor.id) throw new DeskBookingNotFoundError();
      if (booking.status !== 'CONFIRMED') throw new DeskDayNotCancellableError(null);
      const deadline = deskCancellationDeadline(isoDay(booking.date), booking.place.cancellationDeadlineHours);
      if (now > deadline) throw new DeskDayNotCancellableError(deadline);
      const cancelled = await tx.deskBooking.update({
        where: { id },
        data: { status: 'CANCELLED', cancelledAt: now, cancelledById: actor.id, sequence: { increment: 1 } },
        include: WITH_PLACE,
      });
      await tx.$executeRaw`UPDATE "CoworkingDeskDay" SET "desksTaken" = "desksTaken" - 1 WHERE "placeId" = ${booking.placeId}::uuid AND "date" = ${isoDay(booking.date)}::date`;
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: booking.organisationId,
        action: 'desk-booking.cancelled',
        entityType: 'DeskBooking',
        entityId: id,
        changes: { status: { from: 'CONFIRMED', to: 'CANCELLED' }, date: isoDay(booking.date) },
        requestId,
      });
      return cancelled;
    });
  }

  /** My desk days: upcoming (today in Berlin and later, soonest first) or past (latest first). */
  mine(userId: string, past: boolean, now = new Date()): Promise<DeskBookingWithPlace[]> {
    const today = asDate(berlinDate(now));
    return this.prisma.deskBooking.findMany({
      where: { userId, date: past ? { lt: today } : { gte: today } },
      orderBy: [{ date: past ? 'desc' : 'asc' }, { createdAt: 'asc' }],
      include: WITH_PLACE,
      take: MAX_LISTED,
    });
  }

  /** One of my desk bookings (anyone else's is "not found"). */
  async one(userId: string, id: string): Promise<DeskBookingWithPlace> {
    const booking = isUuid(id) ? await this.prisma.deskBooking.findUnique({ where: { id }, include: WITH_PLACE }) : null;
    if (!booking || booking.userId !== userId) throw new DeskBookingNotFoundError();
    return booking;
  }

  /** Desks still free at a place on a Berlin day. */
  async desksLeft(place: Pick<CoworkingPlace, 'id' | 'desks'>, date: Date): Promise<number> {
    const day = await this.prisma.coworkingDeskDay.findUnique({ where: { placeId_date: { placeId: place.id, date: asDate(isoDay(date)) } } });
    return Math.max(0, place.desks - (day?.desksTaken ?? 0));
  }

  private async withRetries(work: (tx: Db) => Promise<DeskBookingWithPlace>, full?: () => Promise<boolean>): Promise<DeskBookingWithPlace> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writes.run(async () => {
          if (full && (await full())) throw new DeskDayFullError();
          return this.prisma.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
        });
      } catch (error) {
        if (violates(error, 'DeskBooking_one_per_person_and_day')) throw new DeskDayAlreadyBookedError();
        if (violates(error, 'CoworkingDeskDay_desks_check')) throw new DeskDayFullError();
        if (isRetryable(error) && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  }
}
