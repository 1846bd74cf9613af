import { Inject, Injectable } from '@nestjs/common';
import type { AgendaItem, Meeting, MeetingRegistration, Prisma, PrismaClient } from '@wiw/db';
import { MEETING_MAX_HOURS } from '@wiw/domain';
import { requireMember, seesAll } from '../access';
import { AuditService, changedFields } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { afterInstant, instantConnection, instantPage, isUuid, type Connection, type PageArgs } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { CreateMeetingInput, MeetingFilter, MeetingInput } from './inputs/meeting.input';
import { ANONYMOUS, canEdit, viewerFrom, visibleWhere, type MeetingViewer } from './meeting-access';
import { MeetingMails } from './meeting-mails';
import { forgetReminders } from './meeting-reminders';
import { MeetingCancelledError, MeetingInvalidError, MeetingNotFoundError } from './meetings.errors';
import { promoteWaitlisted } from './waitlist';

type Db = Prisma.TransactionClient;
type Person = AuthState['user'] | null | undefined;

const HOUR = 3_600_000;

/** Checks what the fields say together and returns the row's data (the agenda is written separately). */
async function meetingData(db: Db, input: MeetingInput) {
  if (input.endsAt <= input.startsAt) throw new MeetingInvalidError('ENDS_BEFORE_START');
  if (input.endsAt.getTime() - input.startsAt.getTime() > MEETING_MAX_HOURS * HOUR) throw new MeetingInvalidError('TOO_LONG');
  const inPerson = input.format !== 'ONLINE';
  const online = input.format !== 'IN_PERSON';
  const place = input.place?.trim() || null;
  const onlineLink = input.onlineLink?.trim() || null;
  if (inPerson && !place) throw new MeetingInvalidError('PLACE_MISSING');
  if (online && !onlineLink) throw new MeetingInvalidError('LINK_MISSING');
  if (input.registrationDeadline && input.registrationDeadline > input.startsAt) throw new MeetingInvalidError('DEADLINE_AFTER_START');
  const agendaMinutes = input.agenda.reduce((sum, item) => sum + item.durationMinutes, 0);
  if (agendaMinutes * 60_000 > input.endsAt.getTime() - input.startsAt.getTime()) throw new MeetingInvalidError('AGENDA_TOO_LONG');
  const municipalityId = inPerson ? (input.municipalityId ?? null) : null;
  if (municipalityId && !(await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }))) {
    throw new MeetingInvalidError('UNKNOWN_MUNICIPALITY');
  }
  const responsible = [...new Set(input.agenda.flatMap((item) => (item.responsibleOrganisationId ? [item.responsibleOrganisationId] : [])))];
  if (responsible.length > 0 && (await db.organisation.count({ where: { id: { in: responsible } } })) !== responsible.length) {
    throw new MeetingInvalidError('UNKNOWN_ORGANISATION');
  }
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    kind: input.kind,
    topicFieldKeys: input.topicFields,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    format: input.format,
    place: inPerson ? place : null,
    municipalityId,
    onlineLink: online ? onlineLink : null,
    visibility: input.visibility,
    registrationOpen: input.registrationOpen,
    capacity: input.capacity ?? null,
    waitlistEnabled: input.waitlistEnabled,
    registrationDeadline: input.registrationDeadline ?? null,
    perOrganisationCap: input.perOrganisationCap ?? null,
  };
}

function agendaRows(input: MeetingInput): Prisma.AgendaItemCreateManyMeetingInput[] {
  return input.agenda.map((item, index) => ({
    position: index + 1,
    title: item.title.trim(),
    description: item.description.trim(),
    durationMinutes: item.durationMinutes,
    responsibleOrganisationId: item.responsibleOrganisationId ?? null,
  }));
}

/** What the audit log keeps of a meeting (the link is left out: it is a secret of the participants). */
function audited(meeting: Meeting): Record<string, unknown> {
  const { onlineLink: _link, createdAt: _created, updatedAt: _updated, id: _id, arrivals: _arrivals, ...fields } = meeting;
  return { ...fields, startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString() };
}

/** Meetings: created and edited by the organiser organisation's members and the joint office, seen by who may see them. */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly mails: MeetingMails,
  ) {}

  /** What a person is to meetings: their organisations, whether one is a partnership member, the joint office. */
  async viewer(user: Person, db: Db = this.prisma): Promise<MeetingViewer> {
    if (!user) return ANONYMOUS;
    return viewerFrom(user, await this.membershipsOf([user.id], db), await this.officesOf([user.id], db));
  }

  /** The offices people hold now (open terms). */
  officesOf(userIds: readonly string[], db: Db = this.prisma) {
    return db.officeTerm.findMany({ where: { userId: { in: [...userIds] }, endedAt: null }, select: { userId: true, officeId: true } });
  }

  /**
   * Keys "userId|meetingId" for which the person accepted an invitation: as the current holder of
   * an office that said YES, a member of an organisation that said YES, or the named deputy.
   */
  async acceptedInvitations(keys: readonly string[]): Promise<Set<string>> {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    const rows = await this.prisma.$queryRaw<Array<{ key: string }>>`
      SELECT DISTINCT k.user_id::text || '|' || k.meeting_id::text AS key
      FROM unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::uuid[]) AS k(user_id, meeting_id)
      JOIN "MeetingInvitation" i ON i."meetingId" = k.meeting_id
      WHERE (i.answer = 'DEPUTY' AND i."deputyId" = k.user_id)
         OR (i.answer = 'YES' AND (
              EXISTS (SELECT 1 FROM "OfficeTerm" t WHERE t."officeId" = i."officeId" AND t."userId" = k.user_id AND t."endedAt" IS NULL)
           OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."organisationId" = i."organisationId" AND m."userId" = k.user_id)))`;
    return new Set(rows.map((row) => row.key));
  }

  membershipsOf(userIds: readonly string[], db: Db = this.prisma) {
    return db.membership.findMany({
      where: { userId: { in: [...userIds] } },
      select: { userId: true, organisationId: true, organisation: { select: { isMember: true } } },
    });
  }

  findByIds(ids: readonly string[]): Promise<Meeting[]> {
    return this.prisma.meeting.findMany({ where: { id: { in: [...ids] } } });
  }

  async create(user: AuthState['user'], input: CreateMeetingInput, requestId: string): Promise<Meeting> {
    return this.prisma.$transaction(async (tx) => {
      if (!seesAll(user)) await requireMember(tx, user.id, input.organiserId);
      else if (!isUuid(input.organiserId) || !(await tx.organisation.findUnique({ where: { id: input.organiserId }, select: { id: true } }))) {
        throw new MeetingInvalidError('UNKNOWN_ORGANISATION');
      }
      const meeting = await tx.meeting.create({
        data: {
          ...(await meetingData(tx, input)),
          organiserId: input.organiserId,
          createdById: user.id,
          agendaItems: { createMany: { data: agendaRows(input) } },
        },
      });
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: meeting.organiserId,
        action: 'meeting.created',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: { ...audited(meeting), agendaItems: input.agenda.length },
        requestId,
      });
      return meeting;
    });
  }

  /** Replaces what the meeting says and its agenda; raises the calendar sequence; mails a change of time or place. */
  async update(user: AuthState['user'], id: string, input: MeetingInput, requestId: string): Promise<Meeting> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockEditable(tx, user, id);
      if (await tx.meetingMinutes.findUnique({ where: { meetingId: id }, select: { id: true } })) throw new MeetingInvalidError('MINUTES_PUBLISHED');
      const data = await meetingData(tx, input);
      if (data.capacity !== null) {
        const registered = await tx.meetingRegistration.count({ where: { meetingId: id, status: 'REGISTERED' } });
        if (registered > data.capacity) throw new MeetingInvalidError('CAPACITY_BELOW_REGISTERED');
      }
      await tx.agendaItem.deleteMany({ where: { meetingId: id } });
      const meeting = await tx.meeting.update({
        where: { id },
        data: { ...data, sequence: { increment: 1 }, agendaItems: { createMany: { data: agendaRows(input) } } },
      });
      // More seats (or none limited any more): the waitlist moves up in the same transaction.
      const promoted = await promoteWaitlisted(tx, meeting, new Date());
      await this.mails.promoted(tx, meeting, promoted);
      await this.mails.changed(tx, before, meeting);
      if (before.startsAt.getTime() !== meeting.startsAt.getTime()) await forgetReminders(tx, id);
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: meeting.organiserId,
        action: 'meeting.updated',
        entityType: 'Meeting',
        entityId: id,
        changes: { ...changedFields(audited(before), audited(meeting)), agendaItems: input.agenda.length, promoted: promoted.map((row) => row.id) },
        requestId,
      });
      return meeting;
    });
  }

  /** A meeting the person may see; MEETING_NOT_FOUND otherwise (also for ids that are no UUID). */
  async findVisible(id: string, viewer: MeetingViewer): Promise<Meeting> {
    const meeting = isUuid(id) ? await this.prisma.meeting.findFirst({ where: { AND: [{ id }, visibleWhere(viewer)] } }) : null;
    if (!meeting) throw new MeetingNotFoundError();
    return meeting;
  }

  /** Visible meetings from `filter.from` (default now) on, soonest first, keyset-paged on (startsAt, id). */
  async list(viewer: MeetingViewer, filter: MeetingFilter | null | undefined, pageArgs: PageArgs, now = new Date()): Promise<Connection<Meeting>> {
    const page = instantPage(pageArgs);
    const where: Prisma.MeetingWhereInput = {
      AND: [
        visibleWhere(viewer),
        { endsAt: { gt: filter?.from ?? now } },
        filter?.to ? { startsAt: { lt: filter.to } } : {},
        filter?.topicField ? { topicFieldKeys: { has: filter.topicField } } : {},
        filter?.kind ? { kind: filter.kind } : {},
        filter?.region ? { municipality: { regionKey: filter.region } } : {},
      ],
    };
    const after = afterInstant('startsAt', page, 'asc') ?? {};
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.meeting.findMany({ where: { AND: [where, after] }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: page.take + 1 }),
      this.prisma.meeting.count({ where }),
    ]);
    return instantConnection(rows, page, totalCount, (row) => row.startsAt);
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.prisma.agendaItem.findMany({ where: { meetingId: { in: [...meetingIds] } }, orderBy: [{ meetingId: 'asc' }, { position: 'asc' }] });
  }

  /** Registered and waitlisted counts per meeting. */
  async countsOf(meetingIds: readonly string[]): Promise<Map<string, { registered: number; waitlisted: number }>> {
    const groups = await this.prisma.meetingRegistration.groupBy({
      by: ['meetingId', 'status'],
      where: { meetingId: { in: [...meetingIds] }, status: { in: ['REGISTERED', 'WAITLISTED'] } },
      _count: { _all: true },
    });
    const counts = new Map(meetingIds.map((id) => [id, { registered: 0, waitlisted: 0 }]));
    for (const group of groups) {
      const entry = counts.get(group.meetingId)!;
      if (group.status === 'REGISTERED') entry.registered = group._count._all;
      else entry.waitlisted = group._count._all;
    }
    return counts;
  }

  /** The active registrations of people in meetings, for keys "userId|meetingId". */
  async activeRegistrations(keys: readonly string[]): Promise<MeetingRegistration[]> {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    return this.prisma.meetingRegistration.findMany({
      where: { status: { not: 'CANCELLED' }, OR: pairs.map(([userId, meetingId]) => ({ userId, meetingId })) },
    });
  }

  /** The meeting under its row lock, if the person may edit it (MEETING_NOT_FOUND otherwise) and it is not cancelled (MEETING_CANCELLED). */
  async lockEditable(tx: Db, user: AuthState['user'], id: string): Promise<Meeting> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Meeting" WHERE id = ${id}::uuid FOR UPDATE` : [];
    const meeting = locked.length > 0 ? await tx.meeting.findUniqueOrThrow({ where: { id } }) : null;
    if (!meeting || !canEdit(await this.viewer(user, tx), meeting)) throw new MeetingNotFoundError();
    if (meeting.status === 'CANCELLED') throw new MeetingCancelledError();
    return meeting;
  }
}
