import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { berlinDate, resolvePeriod } from '@wiw/domain';
import { Public } from '../common/auth/decorators';
import { DashboardRefreshService } from './dashboard-refresh.service';
import { DashboardService } from './dashboard.service';
import { ConnectionsPanel } from './models/connections-panel.model';
import { CoworkingPanel } from './models/coworking-panel.model';
import { OrganisationsPanel } from './models/organisations-panel.model';
import { PublicFigures, PublicFiguresArgs } from './models/public-figures.model';
import { RegionContextPanel } from './models/region-context-panel.model';
import { TopicFieldsPanel } from './models/topic-fields-panel.model';

/**
 * The public statistics page's figures: the panels of the dashboard that describe the partnership
 * rather than its users' activity in detail (no skills, no consultations), for the whole
 * partnership and whole quarters or years. Each panel is the dashboard's own computation, so a cell
 * hidden there is hidden here (docs/STATISTICS.md, "Public figures").
 */
@Public()
@Resolver(() => PublicFigures)
export class PublicFiguresResolver {
  constructor(
    private readonly panels: DashboardService,
    private readonly refresher: DashboardRefreshService,
  ) {}

  @Query(() => PublicFigures, { description: 'The partnership in figures, for everyone: whole quarters or years, the whole partnership.' })
  async publicFigures(@Args() args: PublicFiguresArgs): Promise<PublicFigures> {
    const today = berlinDate();
    const period = resolvePeriod({ kind: args.period, reference: today, from: args.from?.toISOString().slice(0, 10) });
    return Object.assign(new PublicFigures(), { asOf: await this.refresher.asOf(), period, scope: { period, region: null, today } });
  }

  @ResolveField(() => OrganisationsPanel)
  organisations(@Parent() figures: PublicFigures): Promise<OrganisationsPanel> {
    return this.panels.organisations(figures.scope);
  }

  @ResolveField(() => ConnectionsPanel)
  connections(@Parent() figures: PublicFigures): Promise<ConnectionsPanel> {
    return this.panels.connections(figures.scope);
  }

  @ResolveField(() => TopicFieldsPanel)
  topicFields(@Parent() figures: PublicFigures): Promise<TopicFieldsPanel> {
    return this.panels.topicFields(figures.scope);
  }

  @ResolveField(() => RegionContextPanel)
  regionContext(@Parent() figures: PublicFigures): Promise<RegionContextPanel> {
    return this.panels.regionContext(figures.scope);
  }

  @ResolveField(() => CoworkingPanel)
  coworking(@Parent() figures: PublicFigures): Promise<CoworkingPanel> {
    return this.panels.coworking(figures.scope);
  }
}
