import { Inject, Injectable } from '@nestjs/common';
import type { PlatformRole, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { ForbiddenError } from '../common/auth/auth.errors';
import { isUuid } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import { UserNotFoundError } from './accounts.errors';

/** Roles a coordinator may hand out; ADMIN and COORDINATOR only administrators grant. */
const COORDINATOR_GRANTS: readonly PlatformRole[] = ['OFFICIAL', 'ADVISOR'];

/** Administrators hand out every role; coordinators OFFICIAL and ADVISOR only, directly or through an office. */
export function mayAssignRole(actor: { roles: ReadonlyArray<{ role: string }> }, role: PlatformRole): boolean {
  return actor.roles.some((held) => held.role === 'ADMIN') || COORDINATOR_GRANTS.includes(role);
}

@Injectable()
export class RolesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** Grants or withdraws a platform role; returns whether anything changed. Audited. */
  async setRole(
    actor: { id: string; roles: ReadonlyArray<{ role: string }> },
    userId: string,
    role: PlatformRole,
    granted: boolean,
    requestId: string,
  ): Promise<boolean> {
    if (!mayAssignRole(actor, role)) throw new ForbiddenError();
    if (!isUuid(userId)) throw new UserNotFoundError();
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { deletedAt: true } });
      if (!user || user.deletedAt) throw new UserNotFoundError();
      const changed = granted
        ? (await tx.userRole.createMany({ data: [{ userId, role }], skipDuplicates: true })).count === 1
        : (await tx.userRole.deleteMany({ where: { userId, role } })).count === 1;
      if (changed) {
        await this.audit.record(tx, {
          actorUserId: actor.id,
          action: granted ? 'role.granted' : 'role.withdrawn',
          entityType: 'User',
          entityId: userId,
          changes: { role },
          requestId,
        });
      }
      return changed;
    });
  }
}
