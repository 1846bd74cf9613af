import { Inject, Injectable } from '@nestjs/common';
import type { OutboxMessage, OutboxStatus, Prisma, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { BadUserInputError } from '../common/errors/domain-error';
import { afterInstant, instantConnection, instantPage, isUuid, type Connection, type PageArgs } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';

const SHOWN = 100;

export class MailNotFailedError extends BadUserInputError {
  constructor() {
    super({ de: 'Nur eine fehlgeschlagene Mail kann erneut gesendet werden.', en: 'Only a failed mail can be sent again.' }, { argument: 'id' });
  }
}

/** The outbox as the joint office sees it: what waits, what failed and why, and sending a failed mail again. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async overview(): Promise<{ pending: number; failed: number; mails: OutboxMessage[] }> {
    const [pending, failed, failedMails] = await Promise.all([
      this.prisma.outboxMessage.count({ where: { status: 'PENDING' } }),
      this.prisma.outboxMessage.count({ where: { status: 'FAILED' } }),
      this.prisma.outboxMessage.findMany({ where: { status: 'FAILED' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: SHOWN }),
    ]);
    const pendingMails = await this.prisma.outboxMessage.findMany({
      where: { status: 'PENDING' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: SHOWN - failedMails.length,
    });
    return { pending, failed, mails: [...failedMails, ...pendingMails] };
  }

  /** One page of the pending or failed mails, newest first (keyset on createdAt, id). */
  async list(status: OutboxStatus, pageArgs: PageArgs): Promise<Connection<OutboxMessage>> {
    const page = instantPage(pageArgs);
    const where: Prisma.OutboxMessageWhereInput = { status };
    const after = afterInstant('createdAt', page);
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.outboxMessage.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.outboxMessage.count({ where }),
    ]);
    return instantConnection(rows, page, totalCount, (row) => row.createdAt);
  }

  /** A failed mail goes back to PENDING with a fresh count of attempts, due now; audited. */
  async retry(actorUserId: string, id: string, requestId: string): Promise<OutboxMessage> {
    return this.prisma.$transaction(async (tx) => {
      const [found] = isUuid(id)
        ? await tx.$queryRaw<Array<{ status: string }>>`SELECT status FROM "OutboxMessage" WHERE id = ${id}::uuid FOR UPDATE`
        : [];
      if (found?.status !== 'FAILED') throw new MailNotFailedError();
      const mail = await tx.outboxMessage.update({ where: { id }, data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date() } });
      await this.audit.record(tx, {
        actorUserId,
        action: 'mail.retried',
        entityType: 'OutboxMessage',
        entityId: id,
        changes: { status: { from: 'FAILED', to: 'PENDING' }, template: mail.template },
        requestId,
      });
      return mail;
    });
  }
}
