import { Inject, Injectable } from '@nestjs/common';
import { type OutboxMessage, type Prisma, type PrismaClient } from '@wiw/db';
import { PRISMA } from '../database/database.module';
import { renderMail, type MailRequest, type RenderedMail } from './templates';

/** Attempts before a message is given up (status FAILED). */
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** A claimed message is not handed to another worker for this long (a crashed worker's lease runs out). */
export const LEASE_MS = 5 * 60_000;

/** Wait before attempt n + 1 after n failed attempts: 30 s · 2^(n−1), at most one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

const SINGLE_ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/;

/** A file sent with a mail, e.g. a booking's .ics (content as text, at most 256 KB for all of a mail's files). */
export interface MailAttachment {
  /** Plain file name such as termin-2027-03-23.ics: letters, digits, dot, dash, underscore. */
  filename: string;
  /** MIME type, e.g. "text/calendar; charset=utf-8; method=PUBLISH". */
  contentType: string;
  content: string;
}

/** What enqueue takes: a template with its payload, and optionally files to attach. */
export type OutboxMailRequest = MailRequest & { attachments?: readonly MailAttachment[] };

export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 256 * 1024;
const ATTACHMENT_FILENAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9_-]+=("[^"\\\r\n]*"|[a-z0-9_.+-]+))*$/i;

export class InvalidMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMailError';
  }
}

export interface MailboxEntry extends Pick<
  OutboxMessage,
  'id' | 'createdAt' | 'template' | 'recipient' | 'locale' | 'status' | 'attempts' | 'sentAt' | 'lastError'
> {
  subject: string;
  text: string;
  /** File names of the attachments (their content is not listed). */
  attachments: string[];
}

/** Checks attachments before they are stored (and again when read back for sending); throws InvalidMailError. */
export function checkAttachments(value: unknown): MailAttachment[] {
  if (!Array.isArray(value)) throw new InvalidMailError('attachments must be a list');
  if (value.length > MAX_ATTACHMENTS) throw new InvalidMailError(`at most ${MAX_ATTACHMENTS} attachments per mail`);
  let bytes = 0;
  const attachments = value.map((item: unknown): MailAttachment => {
    const { filename, contentType, content } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof filename !== 'string' || !ATTACHMENT_FILENAME.test(filename))
      throw new InvalidMailError('an attachment needs a plain file name (letters, digits, . _ -)');
    if (typeof contentType !== 'string' || contentType.length > 200 || !CONTENT_TYPE.test(contentType))
      throw new InvalidMailError(`attachment ${filename}: invalid content type`);
    if (typeof content !== 'string') throw new InvalidMailError(`attachment ${filename}: content must be text`);
    bytes += Buffer.byteLength(content, 'utf8');
    return { filename, contentType, content };
  });
  if (bytes > MAX_ATTACHMENT_BYTES) throw new InvalidMailError(`attachments are larger than ${MAX_ATTACHMENT_BYTES / 1024} KB together`);
  return attachments;
}

/** File names of stored attachments, for listings; tolerant of rows it cannot read. */
function attachmentNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { filename?: unknown }).filename === 'string'
      ? (item as { filename: string }).filename
      : '(?)',
  );
}

/**
 * The outbox: mails are written in the transaction of the event that causes them and delivered
 * later by the MailWorker, so a mail exists exactly when its event was committed.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Writes the mail in the caller's transaction (or directly when given the client itself). */
  async enqueue(tx: Prisma.TransactionClient, mail: OutboxMailRequest): Promise<{ id: string }> {
    const recipient = mail.recipient.trim();
    if (recipient.length > 254 || !SINGLE_ADDRESS.test(recipient)) throw new InvalidMailError('the recipient must be one e-mail address');
    const attachments = checkAttachments(mail.attachments ?? []);
    // Renders once now, so a bad payload fails the event instead of the delivery.
    renderMail(mail.template, mail.locale, mail.payload);
    return tx.outboxMessage.create({
      data: {
        template: mail.template,
        recipient,
        locale: mail.locale,
        payload: mail.payload as Prisma.InputJsonObject,
        attachments: attachments.map((attachment) => ({ ...attachment })),
      },
      select: { id: true },
    });
  }

  /**
   * Claims up to `limit` due messages for this worker: locks them with FOR UPDATE SKIP LOCKED (rows
   * another replica holds are skipped, not waited for), counts the attempt and moves nextAttemptAt
   * forward by the lease, all in one statement, so no other worker can pick them up meanwhile.
   */
  async claimDue(limit: number): Promise<OutboxMessage[]> {
    const take = Math.max(1, Math.min(Math.floor(limit), 500));
    const now = new Date();
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    const claimed = await this.prisma.$transaction(
      async (tx) =>
        tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "OutboxMessage"
           SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
         WHERE "id" IN (
           SELECT "id" FROM "OutboxMessage"
            WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
            ORDER BY "nextAttemptAt", "createdAt"
            LIMIT ${take}
            FOR UPDATE SKIP LOCKED)
        RETURNING "id"`,
    );
    if (claimed.length === 0) return [];
    return this.prisma.outboxMessage.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async markSent(id: string): Promise<void> {
    await this.prisma.outboxMessage.update({ where: { id }, data: { status: 'SENT', sentAt: new Date(), lastError: null } });
  }

  /** Records a failed attempt (already counted by claimDue): retry later with back-off, or give up. */
  async markFailed(message: Pick<OutboxMessage, 'id' | 'attempts'>, error: string, permanent = false): Promise<void> {
    const giveUp = permanent || message.attempts >= MAX_ATTEMPTS;
    await this.prisma.outboxMessage.update({
      where: { id: message.id },
      data: giveUp
        ? { status: 'FAILED', lastError: error }
        : { status: 'PENDING', lastError: error, nextAttemptAt: new Date(Date.now() + backoffMs(message.attempts)) },
    });
  }

  /** The latest messages, rendered, for the development mailbox. */
  async latest(limit = 50): Promise<MailboxEntry[]> {
    const rows = await this.prisma.outboxMessage.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
    return rows.map(({ payload, attachments, nextAttemptAt: _next, ...row }) => ({
      ...row,
      ...renderSafely(row.template, row.locale, payload),
      attachments: attachmentNames(attachments),
    }));
  }
}

function renderSafely(template: string, locale: OutboxMessage['locale'], payload: unknown): Pick<RenderedMail, 'subject' | 'text'> {
  try {
    const { subject, text } = renderMail(template, locale, payload);
    return { subject, text };
  } catch (error) {
    return { subject: `(${template})`, text: error instanceof Error ? error.message : String(error) };
  }
}
