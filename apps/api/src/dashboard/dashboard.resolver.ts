import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PrismaClient } from '@wiw/db';
import { berlinDate, PeriodError, resolvePeriod } from '@wiw/domain';
import { Roles } from '../common/auth/decorators';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { PRISMA } from '../database/database.module';
import { DashboardRefreshService } from './dashboard-refresh.service';
import { DashboardPeriodInvalidError } from './dashboard.errors';
import { ConnectionsPanel } from './models/connections-panel.model';
import { Dashboard, DashboardArgs } from './models/dashboard.model';
import { OrganisationsPanel } from './models/organisations-panel.model';
import { RegionContextPanel } from './models/region-context-panel.model';
import { SkillsPanel } from './models/skills-panel.model';
import { TopicFieldsPanel } from './models/topic-fields-panel.model';
import { WorkbenchPanel } from './models/workbench-panel.model';
import { connectionsPanel } from './panels/connections.panel';
import { organisationsPanel } from './panels/organisations.panel';
import { regionContextPanel } from './panels/region-context.panel';
import { loadRegions, type RegionInfo } from './panels/regions';
import { skillsPanel } from './panels/skills.panel';
import { topicFieldsPanel } from './panels/topic-fields.panel';
import { workbenchPanel } from './panels/workbench.panel';

const ISO_DAY = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

/**
 * The partnership dashboard for mayors and district heads (OFFICIAL), the joint office
 * (COORDINATOR) and administrators. Every panel is its own field, computed from the materialized
 * views only when asked for; the panels of one request run side by side.
 */
@Roles('OFFICIAL', 'COORDINATOR', 'ADMIN')
@Resolver(() => Dashboard)
export class DashboardResolver {
  /** Regions are reference data: read once per process. */
  private regions: Promise<RegionInfo[]> | null = null;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly refresher: DashboardRefreshService,
  ) {}

  @Query(() => Dashboard, { description: 'KPIs by region and topic field (OFFICIAL, COORDINATOR and ADMIN only). DASHBOARD_PERIOD_INVALID for a bad custom period.' })
  async dashboard(@Args() args: DashboardArgs): Promise<Dashboard> {
    const filter = args.filter;
    const today = berlinDate();
    let period;
    try {
      period = resolvePeriod({ kind: filter?.period ?? 'QUARTER', reference: today, from: ISO_DAY(filter?.from), to: ISO_DAY(filter?.to) });
    } catch (error) {
      if (error instanceof PeriodError) throw new DashboardPeriodInvalidError(error.reason);
      throw error;
    }
    const region = filter?.region ?? null;
    return Object.assign(new Dashboard(), { asOf: await this.refresher.asOf(), period, region, scope: { period, region, today } });
  }

  @ResolveField(() => OrganisationsPanel)
  async organisations(@Parent() dashboard: Dashboard): Promise<OrganisationsPanel> {
    return organisationsPanel(this.prisma, dashboard.scope, await this.loadRegions());
  }

  @ResolveField(() => SkillsPanel)
  async skills(@Parent() dashboard: Dashboard, @RequestLocale() locale: Locale): Promise<SkillsPanel> {
    return skillsPanel(this.prisma, dashboard.scope, locale);
  }

  @ResolveField(() => ConnectionsPanel)
  async connections(@Parent() dashboard: Dashboard): Promise<ConnectionsPanel> {
    return connectionsPanel(this.prisma, dashboard.scope, await this.loadRegions());
  }

  @ResolveField(() => WorkbenchPanel)
  async workbench(@Parent() dashboard: Dashboard): Promise<WorkbenchPanel> {
    return workbenchPanel(this.prisma, dashboard.scope);
  }

  @ResolveField(() => TopicFieldsPanel)
  async topicFields(@Parent() dashboard: Dashboard): Promise<TopicFieldsPanel> {
    return topicFieldsPanel(this.prisma, dashboard.scope);
  }

  @ResolveField(() => RegionContextPanel)
  async regionContext(@Parent() dashboard: Dashboard): Promise<RegionContextPanel> {
    return regionContextPanel(this.prisma, dashboard.scope, await this.loadRegions());
  }

  private loadRegions(): Promise<RegionInfo[]> {
    this.regions ??= loadRegions(this.prisma).catch((error: unknown) => {
      this.regions = null;
      throw error;
    });
    return this.regions;
  }
}
