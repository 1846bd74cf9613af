import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { Milestone, Project } from '../topic-fields';
import { AddMilestoneArgs, DecisionArgs, MoveMilestoneArgs, ProjectOrganisationArgs, ProjectUpdateArgs } from './inputs/decision.args';
import { ApplyToProjectInput } from './inputs/joining.input';
import { ProposeProjectInput, UpdateProjectInput } from './inputs/project.input';
import { JoiningService } from './joining.service';
import { MilestonesService } from './milestones.service';
import { ProjectApplication, ProjectUpdateEntry } from './models/project-workspace.models';
import { WorkspaceService } from './workspace.service';

type User = AuthState['user'];
const requestIdOf = (context: GraphQLContext): string => String(context.req.id);

/** Writes to project workspaces: every one needs a session; who may do what is decided in the services. */
@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly workspaces: WorkspaceService,
    private readonly milestones: MilestonesService,
    private readonly joining: JoiningService,
  ) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => [Project], { description: 'Proposals waiting for the joint office, oldest first.' })
  async projectProposals(@RequestLocale() locale: Locale): Promise<Project[]> {
    return (await this.workspaces.pendingProposals()).map((row) => Project.from(row, locale));
  }

  @Mutation(() => Project, {
    description: 'Proposes a project: approved at once for the joint office, else PENDING (the caller must own the verified lead organisation).',
  })
  async proposeProject(
    @Args('input') input: ProposeProjectInput,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Project> {
    return Project.from(await this.workspaces.propose(user, input, requestIdOf(c)), l);
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Project, { description: 'The joint office approves or rejects (with a reason) a pending proposal.' })
  async decideProjectProposal(
    @Args() args: DecisionArgs,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Project> {
    return Project.from(await this.workspaces.decideProposal(user, args.id, args.accept, args.reason, requestIdOf(c)), l);
  }

  @Mutation(() => Project, { description: 'Members of the lead organisation change status, goal, regions, dates or openness.' })
  async updateProject(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProjectInput,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Project> {
    return Project.from(await this.workspaces.update(user, id, input, requestIdOf(c)), l);
  }

  @Mutation(() => ProjectUpdateEntry, { description: 'Members of the lead organisation add a dated entry to the update log ("Projektstand").' })
  async postProjectUpdate(@Args() args: ProjectUpdateArgs, @CurrentUser() user: User, @Context() c: GraphQLContext): Promise<ProjectUpdateEntry> {
    return ProjectUpdateEntry.from(await this.workspaces.postUpdate(user, args.projectId, args.text, requestIdOf(c)));
  }

  @Mutation(() => Milestone, { description: 'Members of the lead organisation add a milestone at the end.' })
  async addMilestone(
    @Args() args: AddMilestoneArgs,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Milestone> {
    const row = await this.milestones.apply({ kind: 'ADD', ...args }, { userId: user.id, requestId: requestIdOf(c) });
    return Milestone.from(row, l);
  }

  @Mutation(() => Milestone, { description: 'Members of the lead organisation move an open milestone, with a reason shown in the history.' })
  async moveMilestone(
    @Args() args: MoveMilestoneArgs,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Milestone> {
    const row = await this.milestones.apply({ kind: 'MOVE', ...args }, { userId: user.id, requestId: requestIdOf(c) });
    return Milestone.from(row, l);
  }

  @Mutation(() => Milestone, { description: "Members of the lead organisation mark a milestone done; the project's progress follows." })
  async completeMilestone(
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Milestone> {
    return Milestone.from(await this.milestones.apply({ kind: 'COMPLETE', milestoneId }, { userId: user.id, requestId: requestIdOf(c) }), l);
  }

  @Mutation(() => ProjectApplication, { description: 'A member of a verified organisation applies for it to take part in an open project.' })
  async applyToProject(
    @Args('input') input: ApplyToProjectInput,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
  ): Promise<ProjectApplication> {
    return ProjectApplication.from(await this.joining.apply(user, input, requestIdOf(c)));
  }

  @Mutation(() => ProjectApplication, { description: 'Members of the lead organisation accept an application or decline it with a reason.' })
  async decideProjectApplication(@Args() args: DecisionArgs, @CurrentUser() user: User, @Context() c: GraphQLContext): Promise<ProjectApplication> {
    return ProjectApplication.from(await this.joining.decide(user, args.id, args.accept, args.reason, requestIdOf(c)));
  }

  @Mutation(() => ProjectApplication, { description: 'A member of the applying organisation takes back a pending application.' })
  async withdrawProjectApplication(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
  ): Promise<ProjectApplication> {
    return ProjectApplication.from(await this.joining.withdraw(user, id, requestIdOf(c)));
  }

  @Mutation(() => Project, { description: 'A member of a participating organisation (not the lead) takes it out of the project.' })
  async leaveProject(
    @Args() args: ProjectOrganisationArgs,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Project> {
    await this.joining.leave(user, args.projectId, args.organisationId, requestIdOf(c));
    return Project.from(await this.workspaces.find(user, args.projectId), l);
  }

  @Mutation(() => Project, {
    description: 'Members of the lead organisation hand the lead to a participating verified organisation; they stay as partner.',
  })
  async handOverProjectLead(
    @Args() args: ProjectOrganisationArgs,
    @CurrentUser() user: User,
    @Context() c: GraphQLContext,
    @RequestLocale() l: Locale,
  ): Promise<Project> {
    await this.joining.handOver(user, args.projectId, args.organisationId, requestIdOf(c));
    return Project.from(await this.workspaces.find(user, args.projectId), l);
  }
}
