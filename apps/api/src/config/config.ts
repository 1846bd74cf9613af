import path from 'node:path';
import { DEFAULT_DISALLOWED_NEWS_HOSTS } from '@wiw/domain';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgresql:// connection URL')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  /** In production the embedded PGlite database is only used when this says so. */
  ALLOW_EMBEDDED_DATABASE: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: booleanFlag.default(true),
  SEED_DEMO_DATA: booleanFlag.optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  /** Public address of the portal, used in links sent by mail. */
  PUBLIC_URL: z.url({ message: 'expected an absolute URL such as https://portal.example' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected smtp:// or smtps://')
    .optional(),
  /** smtp (needs SMTP_URL) or log (mails are only logged, never delivered); default: smtp when SMTP_URL is set. */
  MAIL_TRANSPORT: z.enum(['smtp', 'log'], { message: 'expected smtp or log' }).optional(),
  MAIL_FROM: z.string().min(3).default('Wirtschaftsinitiative Westfalen <portal@localhost>'),
  MAIL_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(1_200),
  /** Prometheus metrics on their own port (not to be routed publicly) … */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** … and/or at /metrics with `Authorization: Bearer <token>`. Neither: no metrics endpoint. */
  METRICS_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  /** Requests one process works on at once; one more is refused at once with 503 TRY_AGAIN instead of answered late. */
  MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(1).max(100_000).default(256),
  /** The dashboard may be at most a minute old: refreshing takes seconds, so at most every 50 s. */
  DASHBOARD_REFRESH_SECONDS: z.coerce.number().int().min(1).max(50).optional(),
  /** How long a SIGTERM may take: requests in flight and a running background job finish within it. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /**
   * Behind a load balancer: after SIGTERM keep serving this long while /health/ready says 503, so the
   * balancer takes the replica out before it stops listening (longer than its health-check interval).
   */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).default(0),
  /** Hosts (or host/path prefixes) news items must not link to, comma-separated; replaces the default list; "none" allows all. */
  PUBLICATION_DISALLOWED_HOSTS: z
    .string()
    .regex(
      /^\s*(none|[a-z0-9.-]+\.[a-z]{2,}(\/[^\s,]*)?(\s*,\s*[a-z0-9.-]+\.[a-z]{2,}(\/[^\s,]*)?)*)\s*$/i,
      'expected host names (or host/path) separated by commas, or none',
    )
    .optional(),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  pgliteDataDir: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  migrateOnStart: boolean;
  seedDemoData: boolean;
  /** Folder of the built web client served at "/" (served only when it holds an index.html). */
  webDistDir: string;
  bodyLimitBytes: number;
  /** Believe X-Forwarded-* headers: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
  publicUrl: string;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  mail: {
    /** log: mails are written to the log only; in production that means they are never delivered. */
    transport: 'smtp' | 'log';
    smtpUrl: string | undefined;
    from: string;
    pollMs: number;
  };
  /** Requests per IP address and minute (health checks excepted). */
  rateLimitPerMinute: number;
  /** Where Prometheus metrics are exposed; both undefined: nowhere. */
  metrics: { port: number | undefined; token: string | undefined };
  /** Requests in progress per process before new ones are shed with 503 TRY_AGAIN (health checks excepted). */
  maxInFlightRequests: number;
  /** How often the dashboard's aggregates are refreshed; null: never by timer (tests refresh by hand). */
  dashboardRefreshSeconds: number | null;
  shutdownTimeoutSeconds: number;
  /** Seconds between SIGTERM and closing the listener, with /health/ready answering 503. */
  shutdownDrainSeconds: number;
  /** Hosts or host/path prefixes news items must not link to or take media from (personal and party profiles). */
  publicationDisallowedHosts: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * What production needs beyond well-formed values: a real database, the public https address that
 * links in mails point to, and a decision about mail. Checked on the raw environment, so these
 * problems are listed together with any malformed value.
 */
function productionProblems(env: NodeJS.ProcessEnv, needsMail: boolean): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  const set = (name: string) => Boolean(env[name]?.trim());
  if (!set('DATABASE_URL') && !['true', '1', 'yes'].includes(env.ALLOW_EMBEDDED_DATABASE ?? '')) {
    problems.push(
      'DATABASE_URL: required in production (postgresql://…); the embedded PGlite database only with ALLOW_EMBEDDED_DATABASE=true (one process, no replicas)',
    );
  }
  if (!set('PUBLIC_URL')) problems.push('PUBLIC_URL: required in production: the https:// address of the portal, used in links sent by mail');
  else if (!/^https:\/\//i.test(env.PUBLIC_URL!.trim()))
    problems.push('PUBLIC_URL: must start with https:// in production (the session cookie is Secure)');
  if (needsMail && !set('SMTP_URL') && env.MAIL_TRANSPORT !== 'log') {
    problems.push(
      'SMTP_URL: required in production (smtp://user:password@host:587), or MAIL_TRANSPORT=log to run without sending mail (mails are then only logged, never delivered)',
    );
  }
  return problems;
}

/**
 * Reads and validates the environment once; every problem is reported together. Command-line
 * tools that send no mail pass `needsMail: false`: production then does not insist on SMTP_URL.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { needsMail?: boolean } = {}): AppConfig {
  const result = envSchema.safeParse(env);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...productionProblems(env, options.needsMail ?? true),
  ];
  if (result.success) {
    if (result.data.MAIL_TRANSPORT === 'smtp' && !result.data.SMTP_URL) problems.push('MAIL_TRANSPORT: smtp needs SMTP_URL');
    if (result.data.SHUTDOWN_DRAIN_SECONDS >= result.data.SHUTDOWN_TIMEOUT_SECONDS)
      problems.push('SHUTDOWN_DRAIN_SECONDS: must be shorter than SHUTDOWN_TIMEOUT_SECONDS (the drain counts towards it)');
    if (result.data.MAIL_TRANSPORT === 'log' && result.data.SMTP_URL)
      problems.push('MAIL_TRANSPORT: log and SMTP_URL contradict each other: remove one of them');
  }
  if (!result.success || problems.length) throw new ConfigError(problems);
  const e = result.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    pgliteDataDir: e.PGLITE_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    migrateOnStart: e.MIGRATE_ON_START,
    // Demo data is loaded by default everywhere but production.
    seedDemoData: e.SEED_DEMO_DATA ?? e.NODE_ENV !== 'production',
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(__dirname, '..', '..', '..', 'web', 'dist')),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    // Browsers accept Secure cookies from http://localhost, so they are Secure everywhere.
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS, secureCookie: true },
    mail: { transport: e.MAIL_TRANSPORT ?? (e.SMTP_URL ? 'smtp' : 'log'), smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, pollMs: e.MAIL_POLL_MS },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxInFlightRequests: e.MAX_IN_FLIGHT_REQUESTS,
    metrics: { port: e.METRICS_PORT, token: e.METRICS_TOKEN },
    dashboardRefreshSeconds: e.DASHBOARD_REFRESH_SECONDS ?? (e.NODE_ENV === 'test' ? null : 30),
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    shutdownDrainSeconds: e.SHUTDOWN_DRAIN_SECONDS,
    publicationDisallowedHosts: disallowedHosts(e.PUBLICATION_DISALLOWED_HOSTS),
  };
}

function disallowedHosts(value: string | undefined): readonly string[] {
  if (value === undefined) return DEFAULT_DISALLOWED_NEWS_HOSTS;
  if (value.trim().toLowerCase() === 'none') return [];
  return value.split(',').map((entry) => entry.trim().toLowerCase());
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const NEST_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
const LEVEL_RANK: Record<AppConfig['logLevel'], number> = { silent: 0, fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 };

/** Nest's logger levels for LOG_LEVEL (info = Nest's "log"); false silences it. */
export function nestLogLevels(level: AppConfig['logLevel']): false | Array<(typeof NEST_LEVELS)[number]> {
  return level === 'silent' ? false : NEST_LEVELS.slice(0, LEVEL_RANK[level]);
}
