import { Module } from '@nestjs/common';
import { DashboardRefreshService } from './dashboard-refresh.service';
import { DashboardResolver } from './dashboard.resolver';

/** The partnership dashboard: materialized views, their refresh job and the `dashboard` query. */
@Module({
  providers: [DashboardRefreshService, DashboardResolver],
  exports: [DashboardRefreshService],
})
export class DashboardModule {}
