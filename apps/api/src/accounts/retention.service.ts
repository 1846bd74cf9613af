import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { JobRuns } from '../common/jobs/job-runs';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';

export const UNVERIFIED_RETENTION_DAYS = 30;
const RUN_EVERY_MS = 60 * 60_000;

/**
 * Deletes sign-ups whose e-mail address was never confirmed within 30 days (GDPR: no data without
 * purpose), together with the organisations only they had registered and that were never verified.
 * Runs hourly in every replica; the deletes are idempotent, so replicas need no coordination.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly job: PeriodicJob;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    runs: JobRuns,
  ) {
    this.job = new PeriodicJob('Purging unconfirmed sign-ups', () => this.purgeUnverified(), this.logger, runs.job('signup_retention'));
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.job.start(RUN_EVERY_MS);
  }

  /** Lets a run in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** Returns how many people were deleted. */
  async purgeUnverified(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNVERIFIED_RETENTION_DAYS * 24 * 3600_000);
    return this.prisma.$transaction(async (tx) => {
      const stale = await tx.user.findMany({
        where: { emailVerifiedAt: null, createdAt: { lt: cutoff } },
        select: { id: true, memberships: { select: { organisationId: true } } },
      });
      if (stale.length === 0) return 0;
      const staleIds = stale.map((user) => user.id);
      const candidateOrgs = [...new Set(stale.flatMap((user) => user.memberships.map((m) => m.organisationId)))];
      // Only organisations nobody else belongs to, never verified and in no project.
      const orphaned = await tx.organisation.findMany({
        where: {
          id: { in: candidateOrgs },
          verifiedAt: null,
          memberships: { every: { userId: { in: staleIds } } },
          participations: { none: {} },
        },
        select: { id: true },
      });
      await tx.user.deleteMany({ where: { id: { in: staleIds } } });
      await tx.organisation.deleteMany({ where: { id: { in: orphaned.map((o) => o.id) } } });
      await this.audit.record(tx, {
        actorUserId: null,
        action: 'retention.unverified_sign_ups_deleted',
        entityType: 'User',
        changes: { users: staleIds.length, organisations: orphaned.length, olderThanDays: UNVERIFIED_RETENTION_DAYS },
      });
      return staleIds.length;
    });
  }
}
