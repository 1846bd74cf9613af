import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Meeting, MeetingRegistration, Prisma, PrismaClient } from '@wiw/db';
import { REGISTRATION_CODE_LENGTH } from '@wiw/domain';
import { requireMember } from '../access';
import { AuditService } from '../audit';
import { Semaphore, WRITE_QUEUE } from '../common/concurrency/semaphore';
import { isRetryable } from '../common/errors/db-errors';
import type { AuthState } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { RegisterForMeetingInput } from './inputs/meeting.input';
import {
  MeetingAlreadyRegisteredError,
  MeetingFullError,
  MeetingNotFoundError,
  MeetingOrganisationCapError,
  MeetingRegistrationClosedError,
  MeetingRegistrationNotFoundError,
} from './meetings.errors';
import { MeetingMails } from './meeting-mails';
import { MeetingsService } from './meetings.service';
import { promoteWaitlisted } from './waitlist';

type Db = Prisma.TransactionClient;
/** The meeting as the registration transaction reads it while holding its row lock. */
type Locked = Pick<
  Meeting,
  'arrivals' | 'capacity' | 'waitlistEnabled' | 'registrationOpen' | 'registrationDeadline' | 'startsAt' | 'perOrganisationCap'
> & {
  status: string;
};

/** Letters and digits that cannot be mistaken for one another when read out at the door. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ATTEMPTS = 3;

export function registrationCode(): string {
  return Array.from({ length: REGISTRATION_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/**
 * Registration with capacity and waitlist. Every write takes the meeting's row lock first, so
 * registrations and cancellations of one meeting happen one after the other: the order in which
 * the database grants that lock is the order of arrival (arrivalNumber), seats go to the first
 * arrivals, and a freed seat goes to the earliest waitlisted registration in the same transaction.
 */
@Injectable()
export class RegistrationsService {
  private readonly writes = new Semaphore(WRITE_QUEUE.limit);

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly mails: MeetingMails,
  ) {}

  async register(user: AuthState['user'], input: RegisterForMeetingInput, requestId: string, now = new Date()): Promise<MeetingRegistration> {
    // What needs no lock is checked first, so refusals never queue behind the meeting's lock.
    const visible = await this.meetings.findVisible(input.meetingId, await this.meetings.viewer(user));
    await requireMember(this.prisma, user.id, input.organisationId);
    return this.transaction(async (tx) => {
      // One statement takes the meeting's row lock and numbers this arrival (undone if refused below).
      const [meeting] = await tx.$queryRaw<Array<Locked>>`
        UPDATE "Meeting" SET arrivals = arrivals + 1 WHERE id = ${visible.id}::uuid
        RETURNING arrivals, capacity, "waitlistEnabled", status::text AS status, "registrationOpen", "registrationDeadline", "startsAt", "perOrganisationCap"`;
      if (!meeting) throw new MeetingNotFoundError();
      const deadline = meeting.registrationDeadline ?? meeting.startsAt;
      if (meeting.status !== 'SCHEDULED' || !meeting.registrationOpen) throw new MeetingRegistrationClosedError(null);
      if (now >= deadline) throw new MeetingRegistrationClosedError(deadline);
      const [held] = await tx.$queryRaw<Array<{ registered: number; mine: number; organisation: number }>>`
        SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
               count(*) FILTER (WHERE "userId" = ${user.id}::uuid)::int AS mine,
               count(*) FILTER (WHERE "organisationId" = ${input.organisationId}::uuid)::int AS organisation
        FROM "MeetingRegistration" WHERE "meetingId" = ${visible.id}::uuid AND status <> 'CANCELLED'`;
      if (held!.mine > 0) throw new MeetingAlreadyRegisteredError();
      if (meeting.perOrganisationCap !== null && held!.organisation >= meeting.perOrganisationCap) {
        throw new MeetingOrganisationCapError(meeting.perOrganisationCap);
      }
      const seatFree = meeting.capacity === null || held!.registered < meeting.capacity;
      if (!seatFree && !meeting.waitlistEnabled) throw new MeetingFullError(meeting.capacity!);
      const registration = await tx.meetingRegistration.create({
        data: {
          meetingId: visible.id,
          userId: user.id,
          organisationId: input.organisationId,
          status: seatFree ? 'REGISTERED' : 'WAITLISTED',
          arrivalNumber: meeting.arrivals,
          code: registrationCode(),
        },
      });
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: input.organisationId,
        action: 'meeting-registration.created',
        entityType: 'MeetingRegistration',
        entityId: registration.id,
        changes: { meetingId: visible.id, status: registration.status, arrivalNumber: meeting.arrivals },
        requestId,
      });
      return registration;
    });
  }

  /** The participant cancels; a freed seat goes to the earliest waitlisted registration in the same transaction, who is told by mail. */
  async cancel(user: AuthState['user'], id: string, requestId: string, now = new Date()): Promise<MeetingRegistration> {
    const found = isUuid(id) ? await this.prisma.meetingRegistration.findUnique({ where: { id }, select: { meetingId: true, userId: true } }) : null;
    if (!found || found.userId !== user.id) throw new MeetingRegistrationNotFoundError();
    return this.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, found.meetingId);
      const registration = await tx.meetingRegistration.findUniqueOrThrow({ where: { id } });
      if (registration.status === 'CANCELLED') return registration;
      const cancelled = await tx.meetingRegistration.update({ where: { id }, data: { status: 'CANCELLED', cancelledAt: now } });
      // A cancelled meeting's waitlist stays where it is: there is no seat to move up to.
      const promoted = registration.status === 'REGISTERED' && meeting.status === 'SCHEDULED' ? await promoteWaitlisted(tx, meeting, now) : [];
      await this.mails.promoted(tx, meeting, promoted);
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: registration.organisationId,
        action: 'meeting-registration.cancelled',
        entityType: 'MeetingRegistration',
        entityId: id,
        changes: { meetingId: meeting.id, status: { from: registration.status, to: 'CANCELLED' }, promoted: promoted.map((row) => row.id) },
        requestId,
      });
      return cancelled;
    });
  }

  /** My registrations that are not cancelled, for meetings that have not ended, soonest first. */
  mine(userId: string, now = new Date()): Promise<MeetingRegistration[]> {
    return this.prisma.meetingRegistration.findMany({
      where: { userId, status: { not: 'CANCELLED' }, meeting: { endsAt: { gt: now } } },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { id: 'asc' }],
      take: 200,
    });
  }

  /** Place on the waitlist (1 = next to move up) per waitlisted registration id. */
  async waitlistPositions(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.$queryRaw<Array<{ id: string; position: bigint }>>`
      SELECT r.id, (SELECT count(*) FROM "MeetingRegistration" w
                    WHERE w."meetingId" = r."meetingId" AND w.status = 'WAITLISTED' AND w."arrivalNumber" <= r."arrivalNumber") AS position
      FROM "MeetingRegistration" r WHERE r.id = ANY(${[...ids]}::uuid[]) AND r.status = 'WAITLISTED'`;
    return new Map(rows.map((row) => [row.id, Number(row.position)]));
  }

  private async lockMeeting(tx: Db, id: string): Promise<Meeting> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Meeting" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw new MeetingNotFoundError();
    return tx.meeting.findUniqueOrThrow({ where: { id } });
  }

  private async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writes.run(() => this.prisma.$transaction(work, { maxWait: 10_000, timeout: 20_000 }));
      } catch (error) {
        if (attempt < ATTEMPTS && isRetryable(error)) continue;
        throw error;
      }
    }
  }
}
