import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@wiw/db';
import { PeriodicJob } from '../../common/jobs/periodic-job';
import { JobRuns } from '../../common/jobs/job-runs';
import { InvalidMailError, MailTemplateError } from '../../mail';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PRISMA } from '../../database/database.module';
import { BookingNoticesService } from './booking-notices.service';

const RUN_EVERY_MS = 5 * 60_000;
const BATCH = 200;
export const REMINDER_HOURS = 24;

/**
 * Reminds both sides 24 hours before a consultation: each participant per booking, the advisor
 * once per slot. Runs every 5 minutes in every replica; rows are claimed with FOR UPDATE SKIP
 * LOCKED and marked in the same transaction, so nobody is reminded twice. Bookings made less
 * than 24 hours ahead get no reminder: their confirmation has just arrived.
 */
@Injectable()
export class BookingReminderService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BookingReminders');
  private readonly job: PeriodicJob;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notices: BookingNoticesService,
    runs: JobRuns,
  ) {
    this.job = new PeriodicJob('Sending reminders', () => this.run(), this.logger, runs.job('booking_reminders'));
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.job.start(RUN_EVERY_MS);
  }

  /** Lets a run in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  async run(now: Date = new Date()): Promise<{ participants: number; advisors: number }> {
    const horizon = new Date(now.getTime() + REMINDER_HOURS * 3_600_000);
    const participants = await this.prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT b.id FROM "Booking" b JOIN "Slot" s ON s.id = b."slotId"
         WHERE b.status = 'CONFIRMED' AND b."reminderSentAt" IS NULL AND s.status = 'SCHEDULED'
           AND s."startsAt" > ${now} AND s."startsAt" <= ${horizon} AND b."updatedAt" <= s."startsAt" - interval '24 hours'
         ORDER BY s."startsAt" LIMIT ${BATCH} FOR UPDATE OF b SKIP LOCKED`;
        for (const { id } of due) {
          await tx.booking.update({ where: { id }, data: { reminderSentAt: now } });
          await this.remind(tx, id, 'participant');
        }
        return due.length;
      },
      { timeout: 60_000 },
    );
    const advisors = await this.prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Array<{ id: string; bookingId: string }>>`
        SELECT s.id, (SELECT b.id FROM "Booking" b WHERE b."slotId" = s.id AND b.status = 'CONFIRMED' ORDER BY b."createdAt" LIMIT 1) AS "bookingId"
          FROM "Slot" s
         WHERE s.status = 'SCHEDULED' AND s."reminderSentAt" IS NULL AND s."startsAt" > ${now} AND s."startsAt" <= ${horizon}
           AND s."createdAt" <= s."startsAt" - interval '24 hours'
         ORDER BY s."startsAt" LIMIT ${BATCH} FOR UPDATE OF s SKIP LOCKED`;
        for (const { id, bookingId } of due) {
          await tx.slot.update({ where: { id }, data: { reminderSentAt: now } });
          if (bookingId) await this.remind(tx, bookingId, 'advisor');
        }
        return due.length;
      },
      { timeout: 60_000 },
    );
    return { participants, advisors };
  }

  /**
   * One reminder; a mail that cannot be written (e.g. an invalid address) is logged and skipped,
   * so it cannot hold back the others. Such failures happen before any SQL, so the transaction
   * stays usable.
   */
  private async remind(tx: Prisma.TransactionClient, bookingId: string, to: 'participant' | 'advisor'): Promise<void> {
    try {
      await this.notices.send(tx, bookingId, { template: 'booking-reminder', to });
    } catch (error) {
      if (!(error instanceof InvalidMailError || error instanceof MailTemplateError)) throw error;
      this.logger.warn(`Reminder for booking ${bookingId} (${to}) skipped: ${error.message}`);
    }
  }
}
