import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@wiw/db';
import { JobRuns } from '../common/jobs/job-runs';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { InvalidMailError, MailTemplateError } from '../mail';
import { MeetingMails } from './meeting-mails';
import { acceptedInvitees, registeredPeople, type MailRecipient } from './meeting-recipients';

const RUN_EVERY_MS = 5 * 60_000;
const BATCH = 200;
export const MEETING_REMINDER_HOURS = 24;

type Db = Prisma.TransactionClient;

/** A meeting moved to another time: its reminders are due again (called in the transaction of the change). */
export async function forgetReminders(tx: Db, meetingId: string): Promise<void> {
  await tx.meetingRegistration.updateMany({ where: { meetingId, reminderSentAt: { not: null } }, data: { reminderSentAt: null } });
  await tx.meetingInvitation.updateMany({ where: { meetingId, reminderSentAt: { not: null } }, data: { reminderSentAt: null } });
}

/**
 * Reminds participants holding a seat and invitees who accepted 24 hours before a meeting. Runs
 * every 5 minutes in every replica, like the workbench's reminders: due registrations and
 * invitations are claimed with FOR UPDATE SKIP LOCKED and marked in the transaction that writes
 * the mails, so each is reminded exactly once however many replicas run. A person registered and
 * also invited gets one reminder (the registration's).
 */
@Injectable()
export class MeetingReminderService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MeetingReminders');
  private readonly job: PeriodicJob;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MeetingMails,
    runs: JobRuns,
  ) {
    this.job = new PeriodicJob('Sending meeting reminders', () => this.run(), this.logger, runs.job('meeting_reminders'));
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.job.start(RUN_EVERY_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  async run(now: Date = new Date()): Promise<{ registrations: number; invitations: number }> {
    const horizon = new Date(now.getTime() + MEETING_REMINDER_HOURS * 3_600_000);
    const registrations = await this.prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Array<{ id: string; meetingId: string }>>`
          SELECT r.id, r."meetingId" FROM "MeetingRegistration" r JOIN "Meeting" m ON m.id = r."meetingId"
           WHERE r.status = 'REGISTERED' AND r."reminderSentAt" IS NULL AND m.status = 'SCHEDULED'
             AND m."startsAt" > ${now} AND m."startsAt" <= ${horizon}
           ORDER BY m."startsAt", r."arrivalNumber" LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`;
        for (const { id, meetingId } of due) {
          await tx.meetingRegistration.update({ where: { id }, data: { reminderSentAt: now } });
          await this.remind(tx, meetingId, await registeredPeople(tx, meetingId, [id]));
        }
        return due.length;
      },
      { timeout: 60_000 },
    );
    const invitations = await this.prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Array<{ id: string; meetingId: string }>>`
          SELECT i.id, i."meetingId" FROM "MeetingInvitation" i JOIN "Meeting" m ON m.id = i."meetingId"
           WHERE i.answer IN ('YES', 'DEPUTY') AND i."reminderSentAt" IS NULL AND m.status = 'SCHEDULED'
             AND m."startsAt" > ${now} AND m."startsAt" <= ${horizon}
           ORDER BY m."startsAt", i."createdAt" LIMIT ${BATCH} FOR UPDATE OF i SKIP LOCKED`;
        for (const { id, meetingId } of due) {
          await tx.meetingInvitation.update({ where: { id }, data: { reminderSentAt: now } });
          const seated = new Set((await registeredPeople(tx, meetingId, null)).map((person) => person.id));
          await this.remind(
            tx,
            meetingId,
            (await acceptedInvitees(tx, { id })).filter((person) => !seated.has(person.id)),
          );
        }
        return due.length;
      },
      { timeout: 60_000 },
    );
    return { registrations, invitations };
  }

  /** One reminder each; a mail that cannot be written (an invalid address) is logged and skipped before any SQL. */
  private async remind(tx: Db, meetingId: string, people: readonly MailRecipient[]): Promise<void> {
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    for (const person of people) {
      try {
        await this.mails.reminder(tx, meeting, person);
      } catch (error) {
        if (!(error instanceof InvalidMailError || error instanceof MailTemplateError)) throw error;
        this.logger.warn(`Reminder of meeting ${meetingId} for ${person.id} skipped: ${error.message}`);
      }
    }
  }
}
