import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { PeriodicJob } from '../../common/jobs/periodic-job';
import { JobRuns } from '../../common/jobs/job-runs';
import { berlinDate } from '@wiw/domain';
import { AuditService } from '../../audit';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PRISMA } from '../../database/database.module';
import { OutboxService } from '../../mail';

export const EXPIRY_NOTICE_DAYS = 7;
const RUN_EVERY_MS = 10 * 60_000;
const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Open needs close 90 days after publishing unless renewed; their owners hear about it 7 days
 * before. Runs every 10 minutes in every replica: rows are claimed with FOR UPDATE SKIP LOCKED,
 * so two replicas never handle the same need.
 */
@Injectable()
export class NeedExpiryService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NeedExpiry');
  private readonly job: PeriodicJob;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    runs: JobRuns,
  ) {
    this.job = new PeriodicJob('Expiring needs', () => this.run(), this.logger, runs.job('need_expiry'));
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.job.start(RUN_EVERY_MS);
  }

  /** Lets a run in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  async run(now: Date = new Date()): Promise<{ noticed: number; expired: number }> {
    return { noticed: await this.sendNotices(now), expired: await this.expire(now) };
  }

  /** Tells the author (or the owners) of needs that close within 7 days; once per renewal. */
  async sendNotices(now: Date): Promise<number> {
    const horizon = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS);
    return this.prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "SkillNeed"
        WHERE status = 'OPEN' AND "expiresAt" <= ${horizon} AND "expiresAt" > ${now} AND "expiryNoticeAt" IS NULL
        ORDER BY "expiresAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const { id } of due) {
        const need = await tx.skillNeed.update({ where: { id }, data: { expiryNoticeAt: now }, include: { createdBy: true } });
        const author =
          need.createdBy &&
          !need.createdBy.deletedAt &&
          (await tx.membership.count({ where: { userId: need.createdBy.id, organisationId: need.organisationId } })) > 0
            ? [need.createdBy]
            : [];
        const recipients =
          author.length > 0
            ? author
            : await tx.user.findMany({ where: { deletedAt: null, memberships: { some: { organisationId: need.organisationId, role: 'OWNER' } } } });
        for (const recipient of recipients) {
          await this.outbox.enqueue(tx, {
            template: 'need-expiring',
            recipient: recipient.email,
            locale: recipient.locale,
            payload: {
              needTitle: need.title,
              expiresOn: berlinDate(need.expiresAt!).split('-').reverse().join('.'),
              link: `${this.config.publicUrl}/boerse/bedarfe/${need.id}`,
            },
          });
        }
      }
      return due.length;
    });
  }

  /** Closes open needs whose time is up; matching no longer sees them. */
  async expire(now: Date): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string; organisationId: string }>>`SELECT id, "organisationId" FROM "SkillNeed"
        WHERE status = 'OPEN' AND "expiresAt" <= ${now} ORDER BY "expiresAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      const ids = due.map((row) => row.id);
      if (ids.length === 0) return 0;
      await tx.skillNeed.updateMany({ where: { id: { in: ids } }, data: { status: 'CLOSED' } });
      await tx.needSkill.updateMany({ where: { needId: { in: ids } }, data: { open: false } });
      for (const row of due) {
        await this.audit.record(tx, {
          actorUserId: null,
          actingOrganisationId: row.organisationId,
          action: 'need.expired',
          entityType: 'SkillNeed',
          entityId: row.id,
          changes: { status: { from: 'OPEN', to: 'CLOSED' } },
        });
      }
      return ids.length;
    });
  }
}
