import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, Session } from '@wiw/db';
import type { SessionLookup } from '../common/auth/session-lookup';
import { hashToken, newToken } from '../common/auth/tokens';
import type { AuthState } from '../common/graphql/context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';

/** Activity is written at most once a minute per session, not on every request. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

@Injectable()
export class SessionsService implements SessionLookup {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxAgeSeconds(): number {
    return this.config.session.absoluteHours * 3600;
  }

  /** Opens a session; the token goes into the cookie, only its hash into the database. */
  async open(
    tx: Prisma.TransactionClient,
    userId: string,
    meta: { userAgent?: string; ipAddress?: string },
  ): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const session = await tx.session.create({
      data: {
        tokenHash: hashToken(token),
        userId,
        expiresAt: new Date(Date.now() + this.maxAgeSeconds * 1000),
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
      },
    });
    return { token, session };
  }

  /** The live session for a cookie token: not revoked, within its absolute lifetime and idle timeout. */
  async resolve(token: string, now: Date = new Date()): Promise<AuthState | null> {
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: hashToken(token) },
      include: {
        user: {
          include: {
            roles: { select: { role: true } },
            // Roles that come with an office held right now (e.g. OFFICIAL for a mayor).
            officeTerms: { where: { endedAt: null }, select: { office: { select: { role: true } } } },
          },
        },
      },
    });
    if (!session || session.revokedAt || session.expiresAt <= now || session.user.deletedAt) return null;
    const idleLimit = session.lastSeenAt.getTime() + this.config.session.idleMinutes * 60_000;
    if (idleLimit <= now.getTime()) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    const {
      user: { officeTerms, roles, ...user },
      ...rest
    } = session;
    const held = new Set([...roles.map((r) => r.role), ...officeTerms.map((term) => term.office.role)]);
    return { user: { ...user, roles: [...held].map((role) => ({ role })) }, session: rest };
  }

  listActive(userId: string, now: Date = new Date()): Promise<Session[]> {
    const idleCutoff = new Date(now.getTime() - this.config.session.idleMinutes * 60_000);
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: idleCutoff } },
      orderBy: { lastSeenAt: 'desc' },
    });
  }

  /** Revokes one session of this user; false when there is no such live session of theirs. */
  async revoke(tx: Prisma.TransactionClient, userId: string, sessionId: string): Promise<boolean> {
    const { count } = await tx.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    return count === 1;
  }

  /** Ends every session of a person (password change, office handover, account deletion). */
  revokeAll(tx: Prisma.TransactionClient, userId: string, exceptSessionId?: string): Promise<number> {
    return revokeAllSessions(tx, userId, exceptSessionId);
  }
}

/** Ends all of a person's live sessions (but one, when given); returns how many. */
export async function revokeAllSessions(tx: Prisma.TransactionClient, userId: string, exceptSessionId?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
