import { Inject, Injectable } from '@nestjs/common';
import type { AuditEvent, Prisma, PrismaClient } from '@wiw/db';
import { InvalidCursorError } from '../common/errors/common.errors';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { AuditEventFilter } from './inputs/audit-events.args';

/** At most this many rows in one CSV export. */
export const MAX_EXPORT_ROWS = 50_000;

function whereOf(filter: AuditEventFilter | null | undefined): Prisma.AuditEventWhereInput {
  if (!filter) return {};
  const action = filter.action?.endsWith('.') ? { startsWith: filter.action } : (filter.action ?? undefined);
  return {
    ...(action ? { action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    ...(filter.from || filter.to ? { occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

/** Reading the audit log: newest first, keyset pagination on (occurredAt, id). */
@Injectable()
export class AuditLogService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** The events about one entity, newest first: a feature's visible history (the feature decides what to show). */
  trailOf(entityType: string, entityId: string, take = 100): Promise<AuditEvent[]> {
    return this.prisma.auditEvent.findMany({ where: { entityType, entityId }, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take });
  }

  async list(filter: AuditEventFilter | null | undefined, pageArgs: PageArgs): Promise<Connection<AuditEvent>> {
    const page = keysetPage(pageArgs, 2);
    const where = whereOf(filter);
    const before = page.after ? new Date(page.after[0]!) : null;
    if (before && Number.isNaN(before.getTime())) throw new InvalidCursorError();
    // (occurredAt, id) < (a, b), written so that PostgreSQL can bound the index scan.
    const after: Prisma.AuditEventWhereInput | null = before
      ? { AND: [{ occurredAt: { lte: before } }, { OR: [{ occurredAt: { lt: before } }, { id: { lt: page.after![1] } }] }] }
      : null;
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.auditEvent.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.auditEvent.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.occurredAt.toISOString(), row.id],
      (row) => row,
    );
  }

  /** Rows for the CSV export, newest first, capped at MAX_EXPORT_ROWS. */
  forExport(filter: AuditEventFilter | null | undefined): Promise<AuditEvent[]> {
    return this.prisma.auditEvent.findMany({ where: whereOf(filter), orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: MAX_EXPORT_ROWS });
  }
}
