import { Inject, Injectable } from '@nestjs/common';
import type { Meeting, Prisma, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { PRISMA } from '../database/database.module';
import type { CancelMeetingInput } from './inputs/cancel-meeting.input';
import { MeetingMails } from './meeting-mails';
import { MeetingsService } from './meetings.service';

/** Who a cancellation concerns: people holding a registration (seat or waitlist) and the invited offices and organisations. */
export interface MeetingCancellation {
  meeting: Meeting;
  /** Registrations that were active (REGISTERED or WAITLISTED) when the meeting was cancelled; they keep their status. */
  registrationIds: string[];
  invitationIds: string[];
}

/**
 * Cancelling a meeting (organiser members and the joint office): the meeting keeps its
 * registrations and invitations (still readable, nobody can register any more), its status becomes
 * CANCELLED with time and reason, and the calendar SEQUENCE rises so calendars show it as cancelled.
 */
@Injectable()
export class MeetingCancellationService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly mails: MeetingMails,
  ) {}

  async cancel(user: AuthState['user'], input: CancelMeetingInput, requestId: string, now = new Date()): Promise<MeetingCancellation> {
    return this.prisma.$transaction(async (tx) => {
      // Editable and not yet cancelled (MEETING_CANCELLED), under the meeting's row lock.
      const before = await this.meetings.lockEditable(tx, user, input.id);
      const meeting = await tx.meeting.update({
        where: { id: before.id },
        data: { status: 'CANCELLED', cancelledAt: now, cancelReason: input.reason.trim(), sequence: { increment: 1 } },
      });
      const cancellation = await concerned(tx, meeting);
      // The cancellation mails (seats, waitlist, accepted invitees) in the same transaction.
      await this.mails.cancelled(tx, meeting.id);
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: meeting.organiserId,
        action: 'meeting.cancelled',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: {
          status: { from: before.status, to: meeting.status },
          reason: meeting.cancelReason,
          sequence: meeting.sequence,
          registrations: cancellation.registrationIds.length,
          invitations: cancellation.invitationIds.length,
        },
        requestId,
      });
      return cancellation;
    });
  }
}

async function concerned(tx: Prisma.TransactionClient, meeting: Meeting): Promise<MeetingCancellation> {
  const [registrations, invitations] = await Promise.all([
    tx.meetingRegistration.findMany({ where: { meetingId: meeting.id, status: { not: 'CANCELLED' } }, select: { id: true } }),
    tx.meetingInvitation.findMany({ where: { meetingId: meeting.id }, select: { id: true } }),
  ]);
  return { meeting, registrationIds: registrations.map((r) => r.id), invitationIds: invitations.map((i) => i.id) };
}
