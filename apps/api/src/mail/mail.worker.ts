import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JobRuns, type JobRecord } from '../common/jobs/job-runs';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { describeError, urlSecrets } from './mail-format';
import { checkAttachments, InvalidMailError, OutboxService } from './outbox.service';
import { MailTemplateError, renderMail } from './templates';
import { MAIL_TRANSPORT, MailNotDeliveredError, type MailTransport } from './transports';

export interface ProcessResult {
  claimed: number;
  sent: number;
  failed: number;
}

/** Messages claimed per round of the poll loop. */
const BATCH_SIZE = 20;

/**
 * Delivers due outbox messages. Each replica polls every MAIL_POLL_MS (a chain of unref'd
 * timeouts: a round never overlaps the next, and the timer never keeps the process alive);
 * rows are claimed with SKIP LOCKED, so replicas never send the same message twice.
 * Under NODE_ENV=test the loop stays off: tests call processDue() (or start()) themselves.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('MailWorker');
  private readonly secrets: string[];
  private readonly delivery: JobRecord;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private currentRound: Promise<unknown> | null = null;

  constructor(
    private readonly outbox: OutboxService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    runs: JobRuns,
  ) {
    this.secrets = urlSecrets(config.mail.smtpUrl);
    this.delivery = runs.job('mail_delivery');
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    if (this.transport.kind === 'log' && this.config.env === 'production') {
      this.logger.warn(
        'MAIL_TRANSPORT=log: mails are NOT delivered. Each one is logged as not delivered and marked FAILED; set SMTP_URL to send them.',
      );
    } else if (this.transport.kind === 'log') {
      this.logger.log('SMTP_URL is not set: mails are written to the log and shown at /dev/mailbox.');
    }
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
    await this.transport.close();
  }

  /** Starts the poll loop (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops the poll loop and waits for a round in progress to finish. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.currentRound;
  }

  get isRunning(): boolean {
    return this.running;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.currentRound = this.round().finally(() => {
        this.currentRound = null;
        if (this.running) this.schedule(this.config.mail.pollMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  /** One round of the loop: drain due messages batch by batch; errors are logged, never thrown. */
  private async round(): Promise<void> {
    try {
      while (this.running) {
        const result = await this.processDue(BATCH_SIZE);
        if (result.claimed < BATCH_SIZE) break;
      }
      this.delivery.succeeded();
    } catch (error) {
      this.delivery.failed();
      this.logger.error(`Mail round failed: ${describeError(error, this.secrets)}`);
    }
  }

  /** Claims up to `limit` due messages and tries to send each once. */
  async processDue(limit = BATCH_SIZE): Promise<ProcessResult> {
    const messages = await this.outbox.claimDue(limit);
    let sent = 0;
    let failed = 0;
    for (const message of messages) {
      try {
        const rendered = renderMail(message.template, message.locale, message.payload);
        const attachments = checkAttachments(message.attachments);
        await this.transport.send({ ...rendered, to: message.recipient, language: message.locale, attachments });
        await this.outbox.markSent(message.id);
        sent += 1;
      } catch (error) {
        failed += 1;
        const reason = describeError(error, this.secrets);
        // A message that cannot be rendered (or whose attachments are unusable, or that no transport will ever deliver) will not get better by waiting.
        await this.outbox.markFailed(
          message,
          reason,
          error instanceof MailTemplateError || error instanceof InvalidMailError || error instanceof MailNotDeliveredError,
        );
        if (error instanceof MailNotDeliveredError) this.logger.warn(`Mail ${message.id} (${message.template}) NOT DELIVERED: ${reason}`);
        else this.logger.warn(`Mail ${message.id} (${message.template}), attempt ${message.attempts} failed: ${reason}`);
      }
    }
    return { claimed: messages.length, sent, failed };
  }
}
