import type { DatabasePool } from '@wiw/db';
import { Counter } from 'prom-client';
import type { JobRuns } from '../common/jobs/job-runs';
import type { Metrics } from './metrics';

/**
 * Gauges of this process read when Prometheus scrapes: the use of the PostgreSQL pool (none on the
 * embedded PGlite database, a single connection) and each background job's last success and
 * failures.
 */
export function registerProcessGauges(metrics: Metrics, pool: DatabasePool | null, runs: JobRuns): void {
  if (pool) {
    metrics.gaugeOnScrape(
      'wiw_db_pool_connections',
      'Connections of the database pool, in use (lent to a query or transaction) or idle',
      ['state'],
      async (gauge) => {
        gauge.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        gauge.set({ state: 'idle' }, pool.idleCount);
      },
    );
    metrics.gaugeOnScrape('wiw_db_pool_max_connections', 'Most connections the database pool opens', [], async (gauge) => {
      gauge.set(pool.options.max ?? 10);
    });
    metrics.gaugeOnScrape('wiw_db_pool_waiting_requests', 'Queries and transactions waiting for a connection of the pool', [], async (gauge) => {
      gauge.set(pool.waitingCount);
    });
  }
  metrics.gaugeOnScrape(
    'wiw_job_last_success_timestamp_seconds',
    'When each background job last ran without error in this process (Unix time; 0 before its first success)',
    ['job'],
    async (gauge) => {
      for (const job of runs.list()) gauge.set({ job: job.name }, job.lastSuccessMs === null ? 0 : job.lastSuccessMs / 1000);
    },
  );
  new Counter({
    name: 'wiw_job_failures_total',
    help: 'Failed runs of each background job in this process',
    labelNames: ['job'],
    registers: [metrics.registry],
    collect() {
      // The counts live in JobRuns (common code knows no metrics); copied at each scrape.
      this.reset();
      for (const job of runs.list()) this.inc({ job: job.name }, job.failures);
    },
  });
}
