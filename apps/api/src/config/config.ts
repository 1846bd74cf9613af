import path from 'node:path';
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: booleanFlag.default(true),
  SEED_DEMO_DATA: booleanFlag.optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  /** Public address of the portal, used in links sent by mail. */
  PUBLIC_URL: z.url({ message: 'expected an absolute URL such as https://portal.example' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'expected smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Wirtschaftsinitiative Westfalen <portal@localhost>'),
  MAIL_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(1_200),
  /** The dashboard may be at most a minute old: refreshing takes seconds, so at most every 50 s. */
  DASHBOARD_REFRESH_SECONDS: z.coerce.number().int().min(1).max(50).optional(),
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
  mail: { smtpUrl: string | undefined; from: string; pollMs: number };
  /** Requests per IP address and minute (health checks excepted). */
  rateLimitPerMinute: number;
  /** How often the dashboard's aggregates are refreshed; null: never by timer (tests refresh by hand). */
  dashboardRefreshSeconds: number | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
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
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, pollMs: e.MAIL_POLL_MS },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    dashboardRefreshSeconds: e.DASHBOARD_REFRESH_SECONDS ?? (e.NODE_ENV === 'test' ? null : 30),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const NEST_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
const LEVEL_RANK: Record<AppConfig['logLevel'], number> = { silent: 0, fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 };

/** Nest's logger levels for LOG_LEVEL (info = Nest's "log"); false silences it. */
export function nestLogLevels(level: AppConfig['logLevel']): false | Array<(typeof NEST_LEVELS)[number]> {
  return level === 'silent' ? false : NEST_LEVELS.slice(0, LEVEL_RANK[level]);
}
