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

/** Newest first; events written in one transaction share their instant and follow their order of writing. */
const NEWEST_FIRST: Prisma.AuditEventOrderByWithRelationInput[] = [{ occurredAt: 'desc' }, { seq: 'desc' }];

/** An event as features read it: without the write sequence (a bigint, only for ordering). */
export type AuditEventRow = Omit<AuditEvent, 'seq'>;

/** Reading the audit log: newest first, keyset pagination on (occurredAt, seq). */
@Injectable()
export class AuditLogService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** The events about one entity, newest first: a feature's visible history (the feature decides what to show). */
  trailOf(entityType: string, entityId: string, take = 100): Promise<AuditEventRow[]> {
    return this.prisma.auditEvent.findMany({ where: { entityType, entityId }, orderBy: NEWEST_FIRST, omit: { seq: true }, take });
  }

  async list(filter: AuditEventFilter | null | undefined, pageArgs: PageArgs): Promise<Connection<AuditEvent>> {
    // Cursor: (occurredAt, seq, id); the id only lets keysetPage refuse a forged cursor early.
    const page = keysetPage(pageArgs, 3);
    const where = whereOf(filter);
    const before = page.after ? new Date(page.after[0]!) : null;
    const seq = page.after?.[1] ?? '';
    if (before && (Number.isNaN(before.getTime()) || !/^\d{1,18}$/.test(seq))) throw new InvalidCursorError();
    // (occurredAt, seq) < (a, b), written so that PostgreSQL can bound the index scan.
    const after: Prisma.AuditEventWhereInput | null = before
      ? { AND: [{ occurredAt: { lte: before } }, { OR: [{ occurredAt: { lt: before } }, { seq: { lt: BigInt(seq) } }] }] }
      : null;
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.auditEvent.findMany({ where: after ? { AND: [where, after] } : where, orderBy: NEWEST_FIRST, take: page.take + 1 }),
      this.prisma.auditEvent.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.occurredAt.toISOString(), String(row.seq), row.id],
      (row) => row,
    );
  }

  /** Rows for the CSV export, newest first, capped at MAX_EXPORT_ROWS. */
  forExport(filter: AuditEventFilter | null | undefined): Promise<AuditEventRow[]> {
    return this.prisma.auditEvent.findMany({ where: whereOf(filter), orderBy: NEWEST_FIRST, omit: { seq: true }, take: MAX_EXPORT_ROWS });
  }
}
