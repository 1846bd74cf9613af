import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import type { Locale } from '../common/i18n/locale';
import { PRISMA } from '../database/database.module';
import type { DashboardScope } from './models/dashboard.model';
import type { ConnectionsPanel } from './models/connections-panel.model';
import type { OrganisationsPanel } from './models/organisations-panel.model';
import type { RegionContextPanel } from './models/region-context-panel.model';
import type { SkillsPanel } from './models/skills-panel.model';
import type { TopicFieldsPanel } from './models/topic-fields-panel.model';
import type { WorkbenchPanel } from './models/workbench-panel.model';
import { connectionsPanel } from './panels/connections.panel';
import { coworkingPanel } from './panels/coworking.panel';
import type { CoworkingPanel } from './models/coworking-panel.model';
import type { MeetingsPanel } from './models/meetings-panel.model';
import { meetingsPanel } from './panels/meetings.panel';
import { organisationsPanel } from './panels/organisations.panel';
import { regionContextPanel } from './panels/region-context.panel';
import { loadRegions, type RegionInfo } from './panels/regions';
import { skillsPanel } from './panels/skills.panel';
import { topicFieldsPanel } from './panels/topic-fields.panel';
import { workbenchPanel } from './panels/workbench.panel';

/**
 * The dashboard's panels for one scope (panels/). The panels by period read the figures and the
 * disclosure control that the last refresh decided on the full tables and stored
 * (stored-disclosure.ts); the topic fields and the region context read their views directly, the
 * participation protected as a full table per answer: docs/STATISTICS.md, "Disclosure control".
 */
@Injectable()
export class DashboardService {
  /** Regions are reference data: read once per process. */
  private regions: Promise<RegionInfo[]> | null = null;

  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async organisations(scope: DashboardScope): Promise<OrganisationsPanel> {
    return organisationsPanel(this.prisma, scope, await this.loadRegions());
  }

  async skills(scope: DashboardScope, locale: Locale): Promise<SkillsPanel> {
    return skillsPanel(this.prisma, scope, await this.loadRegions(), locale);
  }

  async connections(scope: DashboardScope): Promise<ConnectionsPanel> {
    return connectionsPanel(this.prisma, scope, await this.loadRegions());
  }

  async workbench(scope: DashboardScope): Promise<WorkbenchPanel> {
    return workbenchPanel(this.prisma, scope);
  }

  async topicFields(scope: DashboardScope): Promise<TopicFieldsPanel> {
    return topicFieldsPanel(this.prisma, scope, await this.loadRegions());
  }

  async regionContext(scope: DashboardScope): Promise<RegionContextPanel> {
    return regionContextPanel(this.prisma, scope, await this.loadRegions());
  }

  async coworking(scope: DashboardScope): Promise<CoworkingPanel> {
    return coworkingPanel(this.prisma, scope, await this.loadRegions());
  }

  async meetings(scope: DashboardScope): Promise<MeetingsPanel> {
    return meetingsPanel(this.prisma, scope, await this.loadRegions());
  }

  private loadRegions(): Promise<RegionInfo[]> {
    this.regions ??= loadRegions(this.prisma).catch((error: unknown) => {
      this.regions = null;
      throw error;
    });
    return this.regions;
  }
}
