import { Inject, Injectable } from '@nestjs/common';
import type { Booking, ConsultationFormat, Prisma, PrismaClient, Slot } from '@wiw/db';
import { addDays, MAX_SLOT_RANGE_DAYS, zonedToInstant } from '@wiw/domain';
import { InvalidCursorError } from '../../common/errors/common.errors';
import { isUuid, keysetPage, toConnection, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { isMember } from '../../access';
import { BookingScope } from '../common/enums';
import { BookingNotFoundError, SlotRangeError } from '../common/workbench.errors';
import type { BookingWithSlot } from './booking.model';

const WITH_SLOT = { slot: { include: { format: true } } } as const;
const DAY_MS = 86_400_000;

/** Reading bookings: only their participants' organisations and the advisor see them. */
@Injectable()
export class BookingQueriesService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Bookings of my organisations (upcoming: not yet ended, soonest first; past: latest first). */
  async mine(userId: string, scope: BookingScope, pageArgs: PageArgs, now = new Date()): Promise<Connection<BookingWithSlot>> {
    const page = keysetPage(pageArgs, 2);
    const upcoming = scope === BookingScope.UPCOMING;
    const where: Prisma.BookingWhereInput = {
      organisation: { memberships: { some: { userId } } },
      slot: upcoming ? { endsAt: { gt: now } } : { endsAt: { lte: now } },
    };
    const after = page.after ? new Date(page.after[0]!) : null;
    if (after && Number.isNaN(after.getTime())) throw new InvalidCursorError();
    const afterWhere: Prisma.BookingWhereInput | null = after
      ? { OR: [{ slot: { startsAt: upcoming ? { gt: after } : { lt: after } } }, { slot: { startsAt: after }, id: { gt: page.after![1] } }] }
      : null;
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.booking.findMany({
        where: afterWhere ? { AND: [where, afterWhere] } : where,
        orderBy: [{ slot: { startsAt: upcoming ? 'asc' : 'desc' } }, { id: 'asc' }],
        take: page.take + 1,
        include: WITH_SLOT,
      }),
      this.prisma.booking.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.slot.startsAt.toISOString(), row.id],
      (row) => row,
    );
  }

  /** One booking, for a member of its organisation or its advisor; BOOKING_NOT_FOUND for anyone else. */
  async one(userId: string, id: string): Promise<BookingWithSlot> {
    const booking = isUuid(id) ? await this.prisma.booking.findUnique({ where: { id }, include: WITH_SLOT }) : null;
    if (!booking) throw new BookingNotFoundError();
    if (booking.slot.advisorId === userId || (await isMember(this.prisma, userId, booking.organisationId))) return booking;
    throw new BookingNotFoundError();
  }

  /** The advisor's slots starting on the Berlin days from..to (at most 42), with every booking. */
  async advisorSchedule(
    advisorId: string,
    from: Date,
    to: Date,
  ): Promise<Array<Slot & { format: ConsultationFormat; bookings: Booking[]; movedAway: BookingWithSlot[] }>> {
    const days = (to.getTime() - from.getTime()) / DAY_MS;
    if (days < 0 || days >= MAX_SLOT_RANGE_DAYS) throw new SlotRangeError(MAX_SLOT_RANGE_DAYS);
    const start = zonedToInstant(from.toISOString().slice(0, 10), '00:00');
    const end = zonedToInstant(addDays(to.toISOString().slice(0, 10), 1), '00:00');
    const slots = await this.prisma.slot.findMany({
      where: { advisorId, startsAt: { gte: start, lt: end } },
      orderBy: [{ startsAt: 'asc' }, { status: 'desc' }],
      include: { format: true, bookings: { orderBy: { createdAt: 'asc' } } },
      take: 1000,
    });
    // Bookings moved out of these slots, at their new time: the slot left behind says where they went.
    const moved = await this.prisma.booking.findMany({
      where: { movedFromSlotId: { in: slots.map((slot) => slot.id) } },
      include: { slot: { include: { format: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return slots.map((slot) => ({ ...slot, movedAway: moved.filter((booking) => booking.movedFromSlotId === slot.id) }));
  }

  /** The start of the advisor's next scheduled slot that is not over yet, or null. */
  async advisorNextSlotStart(advisorId: string, now = new Date()): Promise<Date | null> {
    const next = await this.prisma.slot.findFirst({
      where: { advisorId, status: 'SCHEDULED', endsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: { startsAt: true },
    });
    return next?.startsAt ?? null;
  }

  organisationIdsOf(userId: string): Promise<string[]> {
    return this.prisma.membership
      .findMany({ where: { userId }, select: { organisationId: true } })
      .then((rows) => rows.map((row) => row.organisationId));
  }

  /** Name and e-mail of people (the advisor for participants, the booker for the advisor). */
  contactsByIds(ids: readonly string[]): Promise<Array<{ id: string; name: string; email: string; deletedAt: Date | null }>> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true, deletedAt: true } });
  }
}
