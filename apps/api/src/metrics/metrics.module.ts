import { Global, Module } from '@nestjs/common';
import type { DatabasePool, PrismaClient } from '@wiw/db';
import { JobRuns } from '../common/jobs/job-runs';
import { DATABASE_POOL, PRISMA } from '../database/database.module';
import { registerDatabaseGauges } from './database-gauges';
import { Metrics } from './metrics';
import { registerProcessGauges } from './process-gauges';

@Global()
@Module({
  providers: [
    JobRuns,
    {
      provide: Metrics,
      inject: [PRISMA, DATABASE_POOL, JobRuns],
      useFactory: (prisma: PrismaClient, pool: DatabasePool | null, runs: JobRuns) => {
        const metrics = new Metrics();
        registerDatabaseGauges(metrics, prisma);
        registerProcessGauges(metrics, pool, runs);
        return metrics;
      },
    },
  ],
  // JobRuns: every background job reports its runs there (see common/jobs/periodic-job.ts).
  exports: [Metrics, JobRuns],
})
export class MetricsModule {}
