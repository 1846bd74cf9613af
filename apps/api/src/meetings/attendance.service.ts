import { Inject, Injectable } from '@nestjs/common';
import type { MeetingAttendance, Prisma, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { PRISMA } from '../database/database.module';
import { canEdit } from './meeting-access';
import type { CheckInToMeetingInput, MarkMeetingAttendanceInput } from './inputs/attendance.input';
import { MeetingInvalidError, MeetingNotFoundError, MeetingRegistrationNotFoundError } from './meetings.errors';
import { MeetingsService } from './meetings.service';
import { PARTICIPANT_INCLUDE, type ParticipantRow } from './models/participant.model';

const STATUS_ORDER = { REGISTERED: 0, WAITLISTED: 1, CANCELLED: 2 } as const;

/**
 * The organisers' view of a meeting's registrations: the list (seats, then the waitlist in order of
 * arrival, then withdrawn ones) and attendance, marked by hand or by checking in with the code.
 * Only for those who may edit the meeting (MEETING_NOT_FOUND otherwise); not on a cancelled one.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  /** Every registration of a meeting I may edit, each with its waitlist place (null unless WAITLISTED). */
  async participants(user: AuthState['user'], meetingId: string): Promise<Array<{ row: ParticipantRow; waitlistPosition: number | null }>> {
    const viewer = await this.meetings.viewer(user);
    const meeting = await this.meetings.findVisible(meetingId, viewer);
    if (!canEdit(viewer, meeting)) throw new MeetingNotFoundError();
    const rows = await this.prisma.meetingRegistration.findMany({
      where: { meetingId },
      include: PARTICIPANT_INCLUDE,
      orderBy: { arrivalNumber: 'asc' },
    });
    let waiting = 0;
    return rows
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.arrivalNumber - b.arrivalNumber)
      .map((row) => ({ row, waitlistPosition: row.status === 'WAITLISTED' ? ++waiting : null }));
  }

  async mark(user: AuthState['user'], input: MarkMeetingAttendanceInput, requestId: string, now = new Date()): Promise<ParticipantRow> {
    const found = await this.prisma.meetingRegistration.findUnique({ where: { id: input.registrationId }, select: { meetingId: true } });
    if (!found) throw new MeetingRegistrationNotFoundError();
    return this.prisma.$transaction(async (tx) => {
      const meeting = await this.meetings.lockEditable(tx, user, found.meetingId);
      return this.record(tx, { user, organiserId: meeting.organiserId, requestId, now }, input.registrationId, input.attendance, 'marked');
    });
  }

  async checkIn(user: AuthState['user'], input: CheckInToMeetingInput, requestId: string, now = new Date()): Promise<ParticipantRow> {
    const code = input.code.replace(/\s+/g, '').toUpperCase();
    return this.prisma.$transaction(async (tx) => {
      const meeting = await this.meetings.lockEditable(tx, user, input.meetingId);
      const registration = await tx.meetingRegistration.findUnique({
        where: { meetingId_code: { meetingId: meeting.id, code } },
        select: { id: true },
      });
      if (!registration) throw new MeetingRegistrationNotFoundError();
      return this.record(tx, { user, organiserId: meeting.organiserId, requestId, now }, registration.id, 'PRESENT', 'checked-in');
    });
  }

  private async record(
    tx: Prisma.TransactionClient,
    by: { user: AuthState['user']; organiserId: string; requestId: string; now: Date },
    id: string,
    attendance: MeetingAttendance,
    how: 'marked' | 'checked-in',
  ): Promise<ParticipantRow> {
    const before = await tx.meetingRegistration.findUniqueOrThrow({ where: { id } });
    if (before.status !== 'REGISTERED') throw new MeetingInvalidError('NOT_REGISTERED');
    const after = await tx.meetingRegistration.update({ where: { id }, data: { attendance, attendanceAt: by.now }, include: PARTICIPANT_INCLUDE });
    await this.audit.record(tx, {
      actorUserId: by.user.id,
      actingOrganisationId: by.organiserId,
      action: `meeting-registration.${how}`,
      entityType: 'MeetingRegistration',
      entityId: id,
      changes: { meetingId: before.meetingId, attendance: { from: before.attendance, to: attendance } },
      requestId: by.requestId,
    });
    return after;
  }
}
