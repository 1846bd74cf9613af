import { Module } from '@nestjs/common';
import { DashboardRefreshService } from './dashboard-refresh.service';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { OwnFiguresResolver } from './own/own-figures.resolver';
import { OwnFiguresService } from './own/own-figures.service';
import { PublicFiguresResolver } from './public-figures.resolver';

/** The partnership dashboard (materialized views, their refresh job, the `dashboard` query), the public figures of /zahlen and everyone's own figures. */
@Module({
  providers: [DashboardRefreshService, DashboardService, DashboardResolver, OwnFiguresService, OwnFiguresResolver, PublicFiguresResolver],
  exports: [DashboardRefreshService],
})
export class DashboardModule {}
