import { Injectable } from '@nestjs/common';
import type { Prisma } from '@wiw/db';

export interface AuditEntry {
  actorUserId: string | null;
  actingOrganisationId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Changed fields with before/after values — never passwords, hashes or tokens. */
  changes?: Record<string, unknown>;
  requestId?: string | null;
}

const SECRET_FIELDS = /password|token|hash|secret/i;

/** Writes audit events in the caller's transaction, so they exist exactly when the change does. */
@Injectable()
export class AuditService {
  async record(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
    const changes = Object.fromEntries(Object.entries(entry.changes ?? {}).filter(([field]) => !SECRET_FIELDS.test(field)));
    await tx.auditEvent.create({
      data: {
        actorUserId: entry.actorUserId,
        actingOrganisationId: entry.actingOrganisationId ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        changes: changes as Prisma.InputJsonValue,
        requestId: entry.requestId ?? null,
      },
    });
  }
}
