import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationFormat, Prisma, PrismaClient, User } from '@wiw/db';
import { searchText } from '@wiw/domain';
import { AuditService, changedFields } from '../../audit';
import { PRISMA } from '../../database/database.module';
import { afterInstant, instantConnection, instantPage, isUuid, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { requireMember, requireVerified } from '../../access';
import { searchTextWhere } from '../../common/search/search-terms';
import { FormatModeError, FormatNotFoundError, FormatOrganisationError } from '../common/workbench.errors';
import type { ConsultationFormatFilter, ConsultationFormatInput, CreateConsultationFormatInput } from './format.input';

type Db = Prisma.TransactionClient;

/** Organisations that may offer consultations: advisory firms and the partnership's members. */
const ADVISING_KINDS = new Set(['ADVISORY']);

function formatData(input: ConsultationFormatInput, advisorName: string, organisationName: string) {
  const onsite = input.mode === 'ONSITE';
  const location = input.location?.trim() || null;
  const meetingLink = input.meetingLink?.trim() || null;
  if (onsite ? !location : !meetingLink) throw new FormatModeError();
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    topicFieldKey: input.topicField,
    durationMinutes: input.durationMinutes,
    mode: input.mode,
    location: onsite ? location : null,
    meetingLink: onsite ? null : meetingLink,
    capacity: input.capacity,
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    minimumNoticeHours: input.minimumNoticeHours,
    bookingHorizonDays: input.bookingHorizonDays,
    cancellationDeadlineHours: input.cancellationDeadlineHours,
    searchText: searchText([input.title, input.description, advisorName, organisationName]),
  };
}

/** The organisation, if the advisor belongs to it and it is a verified advisory or member organisation. */
async function requireAdvisingOrganisation(tx: Db, advisorId: string, organisationId: string): Promise<{ name: string }> {
  const organisation = await requireMember(tx, advisorId, organisationId);
  const { isMember } = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { isMember: true } });
  if (!isMember && !ADVISING_KINDS.has(organisation.kind)) throw new FormatOrganisationError();
  requireVerified(organisation);
  return organisation;
}

/** Formats sorted by a computed order (next free time) are read at most this many at once. */
const MAX_SORTED_FORMATS = 1000;

function listWhere(filter: ConsultationFormatFilter | null | undefined): Prisma.ConsultationFormatWhereInput {
  return {
    status: 'ACTIVE',
    ...(filter?.topicField ? { topicFieldKey: filter.topicField } : {}),
    ...(filter?.advisorId ? { advisorId: filter.advisorId } : {}),
    ...(filter?.organisationId ? { organisationId: filter.organisationId } : {}),
    AND: searchTextWhere(filter?.query),
  };
}

function audited(format: ConsultationFormat): Record<string, unknown> {
  const { searchText: _search, createdAt: _created, updatedAt: _updated, id: _id, advisorId: _advisor, ...fields } = format;
  return fields;
}

/** Consultation formats: advisors publish them, everyone browses the active ones. */
@Injectable()
export class FormatsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async create(advisor: Pick<User, 'id' | 'name'>, input: CreateConsultationFormatInput, requestId: string): Promise<ConsultationFormat> {
    return this.prisma.$transaction(async (tx) => {
      const organisation = await requireAdvisingOrganisation(tx, advisor.id, input.organisationId);
      const format = await tx.consultationFormat.create({
        data: { ...formatData(input, advisor.name, organisation.name), advisorId: advisor.id, organisationId: input.organisationId },
      });
      await this.audit.record(tx, {
        actorUserId: advisor.id,
        actingOrganisationId: format.organisationId,
        action: 'consultation-format.created',
        entityType: 'ConsultationFormat',
        entityId: format.id,
        changes: audited(format),
        requestId,
      });
      return format;
    });
  }

  /** Replaces what the format says; slots already booked keep their times and seats. */
  async update(advisor: Pick<User, 'id' | 'name'>, id: string, input: ConsultationFormatInput, requestId: string): Promise<ConsultationFormat> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, advisor.id, id);
      const organisation = await requireAdvisingOrganisation(tx, advisor.id, before.organisationId);
      const format = await tx.consultationFormat.update({ where: { id }, data: formatData(input, advisor.name, organisation.name) });
      await this.audit.record(tx, {
        actorUserId: advisor.id,
        actingOrganisationId: format.organisationId,
        action: 'consultation-format.updated',
        entityType: 'ConsultationFormat',
        entityId: id,
        changes: changedFields(audited(before), audited(format)),
        requestId,
      });
      return format;
    });
  }

  /** ACTIVE ↔ ARCHIVED: archived formats take no new bookings; booked slots stay. */
  async setStatus(advisorId: string, id: string, status: ConsultationFormat['status'], requestId: string): Promise<ConsultationFormat> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, advisorId, id);
      if (before.status === status) return before;
      // Offering again needs what offering needed: still a member of a verified advising organisation.
      if (status === 'ACTIVE') await requireAdvisingOrganisation(tx, advisorId, before.organisationId);
      const format = await tx.consultationFormat.update({ where: { id }, data: { status } });
      await this.audit.record(tx, {
        actorUserId: advisorId,
        actingOrganisationId: format.organisationId,
        action: status === 'ARCHIVED' ? 'consultation-format.archived' : 'consultation-format.reactivated',
        entityType: 'ConsultationFormat',
        entityId: id,
        changes: { status: { from: before.status, to: status } },
        requestId,
      });
      return format;
    });
  }

  /** An active format, or one of the advisor's own in any status. */
  async findVisible(id: string, viewerUserId: string | null | undefined): Promise<ConsultationFormat> {
    const format = isUuid(id) ? await this.prisma.consultationFormat.findUnique({ where: { id } }) : null;
    if (!format || (format.status !== 'ACTIVE' && format.advisorId !== viewerUserId)) throw new FormatNotFoundError();
    return format;
  }

  /** Active formats, newest first, keyset-paged on (createdAt, id). */
  async list(filter: ConsultationFormatFilter | null | undefined, pageArgs: PageArgs): Promise<Connection<ConsultationFormat>> {
    const page = instantPage(pageArgs);
    const where = listWhere(filter);
    const after = afterInstant('createdAt', page, 'desc', 'asc');
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.consultationFormat.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.consultationFormat.count({ where }),
    ]);
    return instantConnection(rows, page, totalCount, (row) => row.createdAt);
  }

  /** All active formats the filter matches (at most MAX_SORTED_FORMATS), for orders computed outside the database. */
  matching(filter: ConsultationFormatFilter | null | undefined): Promise<ConsultationFormat[]> {
    return this.prisma.consultationFormat.findMany({
      where: listWhere(filter),
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: MAX_SORTED_FORMATS,
    });
  }

  /** The advisor's own formats, active first. */
  mine(advisorId: string): Promise<ConsultationFormat[]> {
    return this.prisma.consultationFormat.findMany({ where: { advisorId }, orderBy: [{ status: 'asc' }, { title: 'asc' }], take: 200 });
  }

  findByIds(ids: readonly string[]): Promise<ConsultationFormat[]> {
    return this.prisma.consultationFormat.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Advisors' public names (deleted accounts keep their anonymised name). */
  advisorsByIds(ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  }

  private async lockOwn(tx: Db, advisorId: string, id: string): Promise<ConsultationFormat> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "ConsultationFormat" WHERE id = ${id}::uuid FOR UPDATE` : [];
    const format = locked.length > 0 ? await tx.consultationFormat.findUniqueOrThrow({ where: { id } }) : null;
    if (!format || format.advisorId !== advisorId) throw new FormatNotFoundError();
    return format;
  }
}
