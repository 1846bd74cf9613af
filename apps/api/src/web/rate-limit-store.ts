import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import type { DatabasePool } from '@wiw/db';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/**
 * One atomic statement per request: counts the request in the client's current fixed window, or
 * starts a new window when the last one has ended, and returns the count and the milliseconds
 * left. The database's clock decides, so every replica agrees on the windows.
 */
const COUNT_REQUEST = `INSERT INTO "RateLimitCounter" AS c ("key", "count", "windowEndsAt")
VALUES ($1, 1, now() + make_interval(secs => $2::double precision / 1000))
ON CONFLICT ("key") DO UPDATE SET
  "count" = CASE WHEN c."windowEndsAt" <= now() THEN 1 ELSE c."count" + 1 END,
  "windowEndsAt" = CASE WHEN c."windowEndsAt" <= now() THEN EXCLUDED."windowEndsAt" ELSE c."windowEndsAt" END
RETURNING c."count" AS current, greatest(0, ceil(extract(epoch FROM c."windowEndsAt" - now()) * 1000))::int AS ttl`;
const DELETE_ENDED = `DELETE FROM "RateLimitCounter" WHERE "windowEndsAt" < now()`;

/** How long a request waits for the database's count before this process counts it alone. */
const DATABASE_BUDGET_MS = 300;
/** After a failure (or a wait over budget) the database is left alone this long. */
const PAUSE_AFTER_FAILURE_MS = 5_000;
const CLEANUP_EVERY_MS = 60_000;
const MAX_LOCAL_KEYS = 10_000;

/** Fixed windows counted in this process: the database store's fallback. */
export class LocalCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  count(key: string, timeWindow: number, now = Date.now()): Counted {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= MAX_LOCAL_KEYS) this.dropEnded(now);
      window = { count: 0, endsAt: now + timeWindow };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { current: window.count, ttl: window.endsAt - now };
  }

  private dropEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Still full (a flood of distinct addresses): forget the oldest entries rather than grow.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_LOCAL_KEYS) break;
      this.windows.delete(key);
    }
  }
}

/**
 * The rate limit's counts in PostgreSQL (table RateLimitCounter), shared by all replicas.
 *
 * Fail-open to this process: when the database does not answer within DATABASE_BUDGET_MS or
 * fails, the request is counted in this process instead (the limit then holds per replica, as
 * before) and the database is left alone for PAUSE_AFTER_FAILURE_MS. The limit is a brake on
 * floods, not an access control (sign-in has its own limit in the database), so an outage of the
 * counter must not turn into an outage of the portal, nor add its wait to every request.
 */
export function databaseRateLimitStore(pool: DatabasePool): FastifyRateLimitStoreCtor {
  const logger = new Logger('RateLimit');
  const local = new LocalCounter();
  let pausedUntil = 0;
  let lastCleanup = Date.now();

  function countInDatabase(key: string, timeWindow: number): Promise<Counted> {
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_BUDGET_MS} ms`)), DATABASE_BUDGET_MS);
    });
    const query = pool.query<Counted>({ name: 'rate-limit-count', text: COUNT_REQUEST, values: [key, timeWindow] }).then((result) => result.rows[0]!);
    return Promise.race([query, overBudget]).finally(() => clearTimeout(timer));
  }

  function cleanUpNowAndThen(now: number): void {
    if (now - lastCleanup < CLEANUP_EVERY_MS) return;
    lastCleanup = now;
    pool.query(DELETE_ENDED).catch(() => undefined);
  }

  class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: Callback, timeWindow = 60_000): void {
      const now = Date.now();
      if (now < pausedUntil) return callback(null, local.count(key, timeWindow, now));
      countInDatabase(key, timeWindow).then(
        (counted) => {
          cleanUpNowAndThen(now);
          callback(null, counted);
        },
        (error: unknown) => {
          if (Date.now() >= pausedUntil)
            logger.warn(`Counting in this process for ${PAUSE_AFTER_FAILURE_MS / 1000} s, the database did not count: ${String(error)}`);
          pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
          callback(null, local.count(key, timeWindow));
        },
      );
    }

    child(): FastifyRateLimitStore {
      return new DatabaseStore();
    }
  }
  return DatabaseStore;
}
