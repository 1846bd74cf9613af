import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { BadUserInputError } from '../common/errors/domain-error';
import type { AuthState } from '../common/graphql/context';
import { PRISMA } from '../database/database.module';
import type { AnswerMeetingInvitationInput, InviteToMeetingInput } from './inputs/invitation.input';
import { invitedWhere } from './meeting-access';
import { MeetingDeputyInvalidError, MeetingInvalidError, MeetingInvitationNotFoundError } from './meetings.errors';
import { MeetingMails } from './meeting-mails';
import { MeetingsService } from './meetings.service';
import { INVITATION_INCLUDE, type InvitationRow } from './models/invitation.model';

/**
 * Invitations go to offices and organisations, not to persons. Whoever holds an invited office
 * when answering acts for it (OfficeTerm with no end): a handover therefore passes open invitations
 * on without touching them, and the predecessor can no longer answer. Any member answers for an
 * invited organisation.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly mails: MeetingMails,
  ) {}

  /** Invites offices and organisations (organisers and the joint office) and mails the new ones; already invited ones stay as they are. */
  async invite(user: AuthState['user'], input: InviteToMeetingInput, requestId: string): Promise<InvitationRow[]> {
    return this.prisma.$transaction(async (tx) => {
      const meeting = await this.meetings.lockEditable(tx, user, input.meetingId);
      if ((await tx.office.count({ where: { id: { in: input.officeIds } } })) !== input.officeIds.length)
        throw new MeetingInvalidError('UNKNOWN_OFFICE');
      if ((await tx.organisation.count({ where: { id: { in: input.organisationIds } } })) !== input.organisationIds.length) {
        throw new MeetingInvalidError('UNKNOWN_ORGANISATION');
      }
      const existing = new Set(
        (await tx.meetingInvitation.findMany({ where: { meetingId: meeting.id }, select: { id: true } })).map((row) => row.id),
      );
      const created = await tx.meetingInvitation.createMany({
        data: [
          ...input.officeIds.map((officeId) => ({ meetingId: meeting.id, officeId })),
          ...input.organisationIds.map((organisationId) => ({ meetingId: meeting.id, organisationId })),
        ],
        skipDuplicates: true,
      });
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: meeting.organiserId,
        action: 'meeting.invited',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: { officeIds: input.officeIds, organisationIds: input.organisationIds, created: created.count },
        requestId,
      });
      const invitations = await tx.meetingInvitation.findMany({
        where: { meetingId: meeting.id },
        include: INVITATION_INCLUDE,
        orderBy: { createdAt: 'asc' },
      });
      await this.mails.invited(
        tx,
        meeting,
        invitations.filter((row) => !existing.has(row.id)).map((row) => row.id),
      );
      return invitations;
    });
  }

  /** YES, NO or DEPUTY, by the current holder of the invited office or a member of the invited organisation. */
  async answer(user: AuthState['user'], input: AnswerMeetingInvitationInput, requestId: string, now = new Date()): Promise<InvitationRow> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "MeetingInvitation" WHERE id = ${input.invitationId}::uuid FOR UPDATE`;
      const invitation =
        locked.length > 0 ? await tx.meetingInvitation.findUniqueOrThrow({ where: { id: input.invitationId }, include: INVITATION_INCLUDE }) : null;
      if (!invitation) throw new MeetingInvitationNotFoundError();
      const organisationId = invitation.office?.organisationId ?? invitation.organisationId!;
      const mayAnswer = invitation.officeId
        ? (await tx.officeTerm.count({ where: { officeId: invitation.officeId, userId: user.id, endedAt: null } })) > 0
        : (await tx.membership.count({ where: { organisationId, userId: user.id } })) > 0;
      if (!mayAnswer) throw new MeetingInvitationNotFoundError();
      if (input.answer === 'OPEN')
        throw new BadUserInputError({ de: 'Antworten Sie mit Ja, Nein oder Vertretung.', en: 'Answer yes, no or deputy.' });
      let deputyId: string | null = null;
      if (input.answer === 'DEPUTY') {
        deputyId = input.deputyUserId ?? null;
        const member = deputyId && deputyId !== user.id ? await tx.membership.count({ where: { organisationId, userId: deputyId } }) : 0;
        if (!member) throw new MeetingDeputyInvalidError();
      }
      const answered = await tx.meetingInvitation.update({
        where: { id: invitation.id },
        data: { answer: input.answer, answeredById: user.id, answeredAt: now, deputyId },
        include: INVITATION_INCLUDE,
      });
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: organisationId,
        action: 'meeting-invitation.answered',
        entityType: 'MeetingInvitation',
        entityId: invitation.id,
        changes: { answer: { from: invitation.answer, to: input.answer }, officeId: invitation.officeId, deputyId },
        requestId,
      });
      return answered;
    });
  }

  /** Invitations I may answer now (my offices, my organisations) for meetings that have not ended, soonest first. */
  async mine(user: AuthState['user'], now = new Date()): Promise<InvitationRow[]> {
    const viewer = await this.meetings.viewer(user);
    const where = invitedWhere({ ...viewer, userId: null });
    return this.prisma.meetingInvitation.findMany({
      where: { AND: [where, { meeting: { endsAt: { gt: now } } }] },
      include: INVITATION_INCLUDE,
      orderBy: [{ meeting: { startsAt: 'asc' } }, { id: 'asc' }],
      take: 200,
    });
  }

  /** A meeting's invitations, for those who may edit it (else none). */
  ofMeetings(meetingIds: readonly string[]): Promise<InvitationRow[]> {
    return this.prisma.meetingInvitation.findMany({
      where: { meetingId: { in: [...meetingIds] } },
      include: INVITATION_INCLUDE,
      orderBy: { createdAt: 'asc' },
    });
  }
}
