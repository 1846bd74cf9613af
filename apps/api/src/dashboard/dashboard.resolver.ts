import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { berlinDate, PeriodError, resolvePeriod } from '@wiw/domain';
import { Roles } from '../common/auth/decorators';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { DashboardRefreshService } from './dashboard-refresh.service';
import { DashboardPeriodInvalidError } from './dashboard.errors';
import { DashboardService } from './dashboard.service';
import { ConnectionsPanel } from './models/connections-panel.model';
import { CoworkingPanel } from './models/coworking-panel.model';
import { Dashboard, DashboardArgs } from './models/dashboard.model';
import { MeetingsPanel } from './models/meetings-panel.model';
import { OrganisationsPanel } from './models/organisations-panel.model';
import { RegionContextPanel } from './models/region-context-panel.model';
import { SkillsPanel } from './models/skills-panel.model';
import { TopicFieldsPanel } from './models/topic-fields-panel.model';
import { WorkbenchPanel } from './models/workbench-panel.model';

const ISO_DAY = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

/**
 * The partnership dashboard for mayors and district heads (OFFICIAL), the joint office
 * (COORDINATOR) and administrators. Every panel is its own field, computed from the materialized
 * views only when asked for; the panels of one request run side by side.
 */
@Roles('OFFICIAL', 'COORDINATOR', 'ADMIN')
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(
    private readonly panels: DashboardService,
    private readonly refresher: DashboardRefreshService,
  ) {}

  @Query(() => Dashboard, {
    description: 'KPIs by region and topic field (OFFICIAL, COORDINATOR and ADMIN only). DASHBOARD_PERIOD_INVALID for a bad custom period.',
  })
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
  organisations(@Parent() dashboard: Dashboard): Promise<OrganisationsPanel> {
    return this.panels.organisations(dashboard.scope);
  }

  @ResolveField(() => SkillsPanel)
  skills(@Parent() dashboard: Dashboard, @RequestLocale() locale: Locale): Promise<SkillsPanel> {
    return this.panels.skills(dashboard.scope, locale);
  }

  @ResolveField(() => ConnectionsPanel)
  connections(@Parent() dashboard: Dashboard): Promise<ConnectionsPanel> {
    return this.panels.connections(dashboard.scope);
  }

  @ResolveField(() => WorkbenchPanel)
  workbench(@Parent() dashboard: Dashboard): Promise<WorkbenchPanel> {
    return this.panels.workbench(dashboard.scope);
  }

  @ResolveField(() => TopicFieldsPanel)
  topicFields(@Parent() dashboard: Dashboard): Promise<TopicFieldsPanel> {
    return this.panels.topicFields(dashboard.scope);
  }

  @ResolveField(() => RegionContextPanel)
  regionContext(@Parent() dashboard: Dashboard): Promise<RegionContextPanel> {
    return this.panels.regionContext(dashboard.scope);
  }

  @ResolveField(() => CoworkingPanel)
  coworking(@Parent() dashboard: Dashboard): Promise<CoworkingPanel> {
    return this.panels.coworking(dashboard.scope);
  }

  @ResolveField(() => MeetingsPanel)
  meetings(@Parent() dashboard: Dashboard): Promise<MeetingsPanel> {
    return this.panels.meetings(dashboard.scope);
  }
}
