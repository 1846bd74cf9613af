import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { AppConfig } from '../config/config';
import type { MailAttachment } from './outbox.service';
import type { RenderedMail } from './templates';

/** One rendered mail on its way to one recipient. */
export interface OutgoingMail extends RenderedMail {
  to: string;
  /** Content language of the mail (de or en). */
  language: string;
  /** Files sent with it (e.g. a booking's .ics); none when absent. */
  attachments?: readonly MailAttachment[];
}

/** Delivers a mail or throws; a returned promise means "accepted for delivery". */
export interface MailTransport {
  readonly kind: AppConfig['mail']['transport'];
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Sends through an SMTP server given as smtp://user:password@host:port (smtps:// for TLS). */
export class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Bounded waits: an unreachable server must fail the attempt, not hang the worker.
    this.transporter = createTransport(
      new SMTPTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
    );
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      // An address object: nodemailer does not parse it as a list, so one recipient stays one.
      to: { name: '', address: mail.to },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': mail.language },
      attachments: (mail.attachments ?? []).map(({ filename, contentType, content }) => ({ filename, contentType, content })),
    });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Thrown by the log transport in production: the mail was not delivered and never will be. */
export class MailNotDeliveredError extends Error {
  constructor(mail: OutgoingMail) {
    super(`not delivered to ${mail.to} ("${mail.subject}"): MAIL_TRANSPORT=log, no SMTP server is configured`);
    this.name = 'MailNotDeliveredError';
  }
}

/**
 * Without SMTP. In development and tests the mail goes to the log (Nest level "log", so
 * LOG_LEVEL=info or lower shows it) and counts as sent: /dev/mailbox shows it. In production
 * (MAIL_TRANSPORT=log) nothing is delivered, so the mail is refused with MailNotDeliveredError:
 * the worker logs it as a warning and marks it FAILED, never SENT; the body (sign-in links) is
 * never logged there.
 */
export class LogTransport implements MailTransport {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');

  constructor(private readonly production: boolean) {}

  async send(mail: OutgoingMail): Promise<void> {
    if (this.production) throw new MailNotDeliveredError(mail);
    const files = mail.attachments?.length ? ` (attachments: ${mail.attachments.map((attachment) => attachment.filename).join(', ')})` : '';
    this.logger.log(`mail to ${mail.to}: ${mail.subject}${files}\n${mail.text}`);
  }

  async close(): Promise<void> {}
}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.transport === 'smtp' && config.mail.smtpUrl) return new SmtpTransport(config.mail.smtpUrl, config.mail.from);
  return new LogTransport(config.env === 'production');
}
