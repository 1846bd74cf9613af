import { Global, Module } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { PRISMA } from '../database/database.module';
import { registerDatabaseGauges } from './database-gauges';
import { Metrics } from './metrics';

@Global()
@Module({
  providers: [
    {
      provide: Metrics,
      inject: [PRISMA],
      useFactory: (prisma: PrismaClient) => {
        const metrics = new Metrics();
        registerDatabaseGauges(metrics, prisma);
        return metrics;
      },
    },
  ],
  exports: [Metrics],
})
export class MetricsModule {}
