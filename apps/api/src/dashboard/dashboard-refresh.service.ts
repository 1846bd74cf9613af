import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { berlinDate } from '@wiw/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { isRetryable } from '../common/errors/db-errors';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { JobRuns } from '../common/jobs/job-runs';
import { storeDisclosure, type StoredDisclosure } from './stored-disclosure';

/** The dashboard's materialized views (migrations `dashboard`, `project_workspaces_dashboard`, `dashboard_month_views`, `dashboard_desk_days`, `dashboard_meeting_facts`), refreshed together. */
export const DASHBOARD_VIEWS = [
  'DashboardOrganisationFacts',
  'DashboardSkillGap',
  'DashboardProjectFacts',
  'DashboardMilestoneFacts',
  'DashboardParticipationFacts',
  // By Berlin month, from the base tables (migration `dashboard_month_views`).
  'DashboardNeedFactsByMonth',
  'DashboardNeedCategoryFactsByMonth',
  'DashboardContactFactsByMonth',
  'DashboardBookingFactsByMonth',
  'DashboardSlotFactsByMonth',
  'DashboardDeskDayFactsByMonth',
  'DashboardMeetingFactsByMonth',
] as const;

const REFRESH_NAME = 'dashboard';
/** With the default 30-second interval, a refresh slower than this leaves figures over a minute old. */
const SLOW_REFRESH_MS = 30_000;

export interface RefreshResult {
  refreshedAt: Date;
  durationMs: number;
  /** Of durationMs, the time spent refreshing the views (the rest: the stored figures and control, storeDisclosure). */
  viewsMs: number;
  /** How many parts of the stored figures were decided again, and how many were unchanged. */
  control: StoredDisclosure;
}

/**
 * Keeps the dashboard's aggregates current: every DASHBOARD_REFRESH_SECONDS (30 by default) all
 * views are refreshed CONCURRENTLY in one repeatable-read transaction, so readers never wait, and
 * all views show the same moment; the stored panels' figures and disclosure control are decided on
 * them (again only for the years whose rows changed) and stored in the same transaction
 * (stored-disclosure.ts). With several replicas only one refreshes at a time (an advisory
 * lock), and a replica skips its turn when another refreshed less than half an interval ago.
 */
@Injectable()
export class DashboardRefreshService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DashboardRefresh');
  private running: Promise<RefreshResult | null> | null = null;
  private readonly job: PeriodicJob;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    runs: JobRuns,
  ) {
    this.job = new PeriodicJob(
      'Refreshing the dashboard',
      () => this.refreshIfDue((this.config.dashboardRefreshSeconds ?? 30) * 500),
      this.logger,
      runs.job('dashboard_refresh'),
    );
  }

  /**
   * Refreshes at once, then every interval. With the demo data the server waits for that first
   * refresh before it listens, so the first dashboard shows the generated activity; otherwise
   * (production) it serves while the views refresh.
   */
  async onApplicationBootstrap(): Promise<void> {
    const seconds = this.config.dashboardRefreshSeconds;
    if (seconds === null) return;
    const first = this.job.runOnce();
    this.job.start(seconds * 1000);
    if (this.config.seedDemoData) await first;
  }

  /** Stops the timer and lets a running refresh finish (its transaction needs the database). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
    await this.running?.catch(() => null);
  }

  /** When the views were last refreshed; null before the first refresh. */
  async asOf(): Promise<Date | null> {
    const row = await this.prisma.dashboardRefresh.findUnique({ where: { name: REFRESH_NAME } });
    return row?.refreshedAt ?? null;
  }

  /** Refreshes unless another replica did within `minAgeMs` (by the database's clock, which all replicas share). */
  async refreshIfDue(minAgeMs: number): Promise<RefreshResult | null> {
    const [row] = await this.prisma.$queryRaw<Array<{ ageMs: number }>>`
      SELECT (extract(epoch FROM now() - "refreshedAt") * 1000)::float8 AS "ageMs" FROM "DashboardRefresh" WHERE "name" = ${REFRESH_NAME}`;
    if (row && row.ageMs < minAgeMs) return null;
    return this.refresh();
  }

  /** Refreshes all views now; null when another replica is refreshing at this moment. */
  refresh(): Promise<RefreshResult | null> {
    // One refresh per process at a time; a second caller waits for the running one.
    this.running ??= this.refreshNow().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async refreshNow(): Promise<RefreshResult | null> {
    const started = Date.now();
    const result = await this.refreshInTransaction(started).catch((error: unknown) => {
      // Another replica committed a refresh after this one took its snapshot: its figures are newer.
      if (isRetryable(error)) return null;
      throw error;
    });
    if (result) {
      const { decided, kept } = result.control;
      this.logger.debug(
        `Dashboard refreshed in ${result.durationMs} ms (views ${result.viewsMs} ms; stored figures: ${decided} parts decided, ${kept} unchanged)`,
      );
      if (result.durationMs > SLOW_REFRESH_MS)
        this.logger.warn(`Refreshing the dashboard took ${result.durationMs} ms: its figures may be more than a minute old.`);
    }
    return result;
  }

  private refreshInTransaction(started: number): Promise<RefreshResult | null> {
    return this.prisma.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(hashtext('dashboard-refresh')) AS locked`;
        if (!locked) return null;
        for (const view of DASHBOARD_VIEWS) await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
        const viewsMs = Date.now() - started;
        // Decided on the refreshed views and committed with them: readers see both of one moment.
        const control = await storeDisclosure(tx, berlinDate());
        // Every view shows what was committed when this transaction took its snapshot: "as of" that time.
        const [{ startedAt }] = await tx.$queryRaw<[{ startedAt: Date }]>`SELECT transaction_timestamp() AS "startedAt"`;
        const durationMs = Date.now() - started;
        await tx.dashboardRefresh.upsert({
          where: { name: REFRESH_NAME },
          create: { name: REFRESH_NAME, refreshedAt: startedAt, durationMs },
          update: { refreshedAt: startedAt, durationMs },
        });
        return { refreshedAt: startedAt, durationMs, viewsMs, control };
      },
      // One snapshot for all views: they agree with each other and with "as of".
      { timeout: 120_000, maxWait: 30_000, isolationLevel: 'RepeatableRead' },
    );
  }
}
