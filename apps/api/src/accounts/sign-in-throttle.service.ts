import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { PRISMA } from '../database/database.module';
import { SignInThrottledError } from './accounts.errors';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Sign-in throttling per account and per IP address. Every attempt is written before the password
 * is checked and counted from the database, so aliases, batches, parallel requests and several API
 * replicas cannot multiply the tries. The window slides: the oldest failure ages out first.
 */
@Injectable()
export class SignInThrottleService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Records the attempt as failed and refuses it when a limit is reached; returns its id. */
  async begin(email: string, ipAddress: string | undefined, now: Date = new Date()): Promise<string> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const attempt = await this.prisma.signInAttempt.create({ data: { email, ipAddress: ipAddress ?? null, succeeded: false, attemptedAt: now } });
    const [byAccount, byAddress] = await Promise.all([
      this.prisma.signInAttempt.findMany({
        where: { email, succeeded: false, attemptedAt: { gt: since } },
        orderBy: { attemptedAt: 'desc' },
        take: MAX_FAILURES_PER_ACCOUNT + 1,
        select: { attemptedAt: true },
      }),
      ipAddress ? this.prisma.signInAttempt.count({ where: { ipAddress, succeeded: false, attemptedAt: { gt: since } } }) : Promise.resolve(0),
    ]);
    if (byAccount.length > MAX_FAILURES_PER_ACCOUNT || byAddress > MAX_FAILURES_PER_ADDRESS) {
      const oldest = byAccount.at(-1)?.attemptedAt ?? now;
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000 - now.getTime()) / 1000));
      throw new SignInThrottledError(retryAfterSeconds);
    }
    return attempt.id;
  }

  async succeeded(attemptId: string): Promise<void> {
    await this.prisma.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  }
}
