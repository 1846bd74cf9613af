import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public } from '../common/auth/decorators';
import type { AuthState } from '../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { AuditLogService } from '../audit';
import { seesAll } from '../access';
import { Organisation } from '../organisations';
import { Project } from '../topic-fields';
import { ProjectApplicationStatus } from '@wiw/db';
import { punctualityOf } from '@wiw/domain';
import { historySummary } from './history';
import { JoiningService } from './joining.service';
import {
  MilestonePunctuality,
  ProjectApplication,
  ProjectHistoryEntry,
  ProjectParticipantEntry,
  ProjectUpdateEntry,
} from './models/project-workspace.models';
import { WorkspaceService } from './workspace.service';

type Viewer = AuthState['user'] | null;

/** Actions only the lead's members and the joint office see in the history: who applied and who was declined. */
const PRIVATE_ACTIONS = new Set(['project.applied', 'project.application-declined', 'project.application-withdrawn']);

/** A project's workspace as everyone sees it (participants, update log, history) plus what the lead's members see. */
@Public()
@Resolver(() => Project)
export class ProjectFieldsResolver {
  constructor(
    private readonly workspaces: WorkspaceService,
    private readonly joining: JoiningService,
    private readonly auditLog: AuditLogService,
  ) {}

  @Query(() => Project, { description: 'A project by slug or id; PROJECT_NOT_FOUND also for a proposal the caller may not see.' })
  async project(@Args('slug') slug: string, @CurrentUser() user: Viewer, @RequestLocale() locale: Locale): Promise<Project> {
    return Project.from(await this.workspaces.find(user, slug), locale);
  }

  @ResolveField(() => [ProjectParticipantEntry], { description: 'Every organisation taking part, the lead first, then by joining date.' })
  async participants(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<ProjectParticipantEntry[]> {
    const rows = await loaders.participantsByProject.load(project.id);
    const sorted = [...rows].sort((a, b) => Number(b.role === 'LEAD') - Number(a.role === 'LEAD') || a.joinedAt.getTime() - b.joinedAt.getTime());
    return sorted.map((row) =>
      Object.assign(new ProjectParticipantEntry(), { role: row.role, joinedAt: row.joinedAt, organisationId: row.organisationId }),
    );
  }

  @ResolveField(() => MilestonePunctuality)
  async milestonePunctuality(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<MilestonePunctuality> {
    return Object.assign(new MilestonePunctuality(), punctualityOf(await loaders.milestonesByProject.load(project.id)));
  }

  @ResolveField(() => [ProjectUpdateEntry], { description: 'The update log ("Projektstand"), newest first.' })
  async updates(@Parent() project: Project, @RequestLoaders() loaders: Loaders): Promise<ProjectUpdateEntry[]> {
    return (await loaders.updatesByProject.load(project.id)).map((row) => ProjectUpdateEntry.from(row));
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller is a member of the lead organisation and may maintain the project.' })
  async viewerIsLead(@Parent() project: Project, @CurrentUser() user: Viewer): Promise<boolean> {
    return this.joining.isLeadMember(user, project.id);
  }

  @ResolveField(() => [ProjectHistoryEntry], {
    description: 'Every change, newest first (at most 100); applications only for the lead and the joint office.',
  })
  async history(@Parent() project: Project, @CurrentUser() user: Viewer, @RequestLocale() locale: Locale): Promise<ProjectHistoryEntry[]> {
    const insider = seesAll(user) || (await this.joining.isLeadMember(user, project.id));
    const events = await this.auditLog.trailOf('Project', project.id);
    return events
      .filter((event) => insider || !PRIVATE_ACTIONS.has(event.action))
      .map((event) =>
        Object.assign(new ProjectHistoryEntry(), {
          at: event.occurredAt,
          action: event.action,
          summary: historySummary(event, locale),
          actingOrganisationId: event.actingOrganisationId,
        }),
      );
  }

  @ResolveField(() => [ProjectApplication], {
    description: "Applications to join: all of them for the lead's members and the joint office, otherwise only those of the caller's organisations.",
  })
  async applications(
    @Parent() project: Project,
    @CurrentUser() user: Viewer,
    @Args('status', { type: () => ProjectApplicationStatus, nullable: true }) status?: ProjectApplicationStatus | null,
  ): Promise<ProjectApplication[]> {
    return (await this.joining.applicationsOf(user, project.id, status)).map((row) => ProjectApplication.from(row));
  }
}

@Resolver(() => ProjectParticipantEntry)
export class ProjectParticipantResolver {
  @ResolveField(() => Organisation)
  async organisation(@Parent() entry: ProjectParticipantEntry, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(entry.organisationId));
  }
}

@Resolver(() => ProjectHistoryEntry)
export class ProjectHistoryResolver {
  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation the change was made for (null for the joint office).' })
  async organisation(@Parent() entry: ProjectHistoryEntry, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    return entry.actingOrganisationId ? Organisation.from(await loaders.organisation.load(entry.actingOrganisationId)) : null;
  }
}

@Resolver(() => ProjectApplication)
export class ProjectApplicationResolver {
  constructor(private readonly joining: JoiningService) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() application: ProjectApplication, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(application.organisationId));
  }

  @ResolveField(() => Project)
  async project(@Parent() application: ProjectApplication, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<Project> {
    return Project.from(await loaders.project.load(application.projectId), locale);
  }

  @ResolveField(() => [String], { description: 'Skills the applicant offers on the skills board (open offers): a matching hint, no personal data.' })
  async boardSkills(@Parent() application: ProjectApplication, @RequestLocale() locale: Locale): Promise<string[]> {
    return (await this.joining.boardSkills(application.organisationId)).map((skill) => (locale === 'en' ? skill.labelEn : skill.labelDe));
  }
}
