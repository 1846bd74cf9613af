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

export class InvalidMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMailError';
  }
}

export interface MailboxEntry extends Pick<OutboxMessage, 'id' | 'createdAt' | 'template' | 'recipient' | 'locale' | 'status' | 'attempts' | 'sentAt' | 'lastError'> {
  subject: string;
  text: string;
}

/**
 * The outbox: mails are written in the transaction of the event that causes them and delivered
 * later by the MailWorker, so a mail exists exactly when its event was committed.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Writes the mail in the caller's transaction (or directly when given the client itself). */
  async enqueue(tx: Prisma.TransactionClient, mail: MailRequest): Promise<{ id: string }> {
    const recipient = mail.recipient.trim();
    if (recipient.length > 254 || !SINGLE_ADDRESS.test(recipient)) throw new InvalidMailError('the recipient must be one e-mail address');
    // Renders once now, so a bad payload fails the event instead of the delivery.
    renderMail(mail.template, mail.locale, mail.payload);
    return tx.outboxMessage.create({
      data: { template: mail.template, recipient, locale: mail.locale, payload: mail.payload as Prisma.InputJsonObject },
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
    const claimed = await this.prisma.$transaction(async (tx) =>
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
    return rows.map(({ payload, nextAttemptAt: _next, ...row }) => ({ ...row, ...renderSafely(row.template, row.locale, payload) }));
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
