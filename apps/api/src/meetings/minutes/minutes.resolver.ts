import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Loaders } from '../../common/loaders/loaders';
import { Milestone, Project } from '../../topic-fields';
import { AgendaItem, Meeting } from '../models/meeting.model';
import { meetingViewer } from '../meetings.resolver';
import { MeetingDecision, MeetingMinutes } from './minutes.models';
import { PublishMeetingMinutesInput } from './minutes.input';
import { MinutesService } from './minutes.service';

type Person = AuthState['user'] | null;

/** Publishing the minutes; the minutes as fields of the meeting (so whoever sees the meeting sees them, nobody else). */
@Resolver(() => Meeting)
export class MeetingMinutesResolver {
  constructor(private readonly service: MinutesService) {}

  @Mutation(() => Meeting, {
    description:
      'Publishes the minutes per agenda item with their decisions (organisers and the joint office, once the meeting has started); publishing again corrects them. New decisions with a milestone write it in the same transaction.',
  })
  async publishMeetingMinutes(
    @Args('input') input: PublishMeetingMinutesInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Meeting> {
    return Meeting.from(await this.service.publish(user, input, String(context.req.id)));
  }

  @ResolveField(() => MeetingMinutes, { nullable: true, description: 'Null until the organisers publish minutes.' })
  async minutes(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<MeetingMinutes | null> {
    const row = await loaders.meetingMinutes.load(meeting.id);
    return row ? MeetingMinutes.from(row) : null;
  }

  @ResolveField(() => [MeetingDecision], { description: 'Every decision, by number.' })
  async decisions(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<MeetingDecision[]> {
    return (await loaders.meetingDecisions.load(meeting.id)).map((row) => MeetingDecision.from(row, locale));
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemMinutesResolver {
  @ResolveField(() => String, { nullable: true, description: 'The published minutes of this item (null: none).' })
  async minutes(@Parent() item: AgendaItem, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await loaders.agendaItemMinutes.load(item.id))[0]?.text ?? null;
  }

  @ResolveField(() => [MeetingDecision], { description: 'The decisions taken on this item, by number.' })
  async decisions(@Parent() item: AgendaItem, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<MeetingDecision[]> {
    const all = await loaders.meetingDecisions.load(item.meetingId);
    return all.filter((row) => row.agendaItemId === item.id).map((row) => MeetingDecision.from(row, locale));
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @ResolveField(() => Milestone, { nullable: true, description: 'The milestone the decision created or moved, with its status now.' })
  async milestone(
    @Parent() decision: MeetingDecision,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<Milestone | null> {
    return decision.milestoneId ? Milestone.from(await loaders.milestoneById.load(decision.milestoneId), locale) : null;
  }

  @ResolveField(() => Project, { nullable: true, description: "The milestone's project." })
  async project(@Parent() decision: MeetingDecision, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<Project | null> {
    if (!decision.milestoneId) return null;
    const milestone = await loaders.milestoneById.load(decision.milestoneId);
    return Project.from(await loaders.project.load(milestone.projectId), locale);
  }

  @ResolveField(() => Meeting)
  async meeting(@Parent() decision: MeetingDecision, @RequestLoaders() loaders: Loaders): Promise<Meeting> {
    return Meeting.from(await loaders.meeting.load(decision.meetingId));
  }
}

/** Where a milestone came from: "beschlossen am … in <meeting>", only for those who may see that meeting. */
@Resolver(() => Milestone)
export class MilestoneDecisionResolver {
  @ResolveField(() => MeetingDecision, {
    nullable: true,
    description: 'The meeting decision that last created or moved it; null when there is none or the meeting is not visible to me.',
  })
  async decision(
    @Parent() milestone: Milestone,
    @CurrentUser() user: Person,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<MeetingDecision | null> {
    if (!milestone.decisionId) return null;
    const decision = await loaders.decisionById.load(milestone.decisionId);
    const visible = await loaders.meetingVisible.load({ meetingId: decision.meetingId, viewer: await meetingViewer(user, loaders) });
    return visible ? MeetingDecision.from(decision, locale) : null;
  }
}
