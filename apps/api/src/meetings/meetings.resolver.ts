import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { CurrentUser, Public } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { PageArgs, type Connection } from '../common/pagination/pagination';
import { Organisation } from '../organisations';
import { Municipality } from '../regions';
import { TopicField } from '../topic-fields';
import { CreateMeetingInput, MeetingFilter, MeetingInput } from './inputs/meeting.input';
import { ANONYMOUS, canEdit, canSeeLink, viewerFrom, type MeetingViewer } from './meeting-access';
import { AgendaItem, Meeting, MeetingConnection } from './models/meeting.model';
import { MeetingRegistration } from './models/registration.model';
import { MeetingsService } from './meetings.service';

type Person = AuthState['user'] | null;

@ArgsType()
class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilter)
  filter?: MeetingFilter | null;
}

/** The caller as meetings see them, from the per-request loaders. */
export async function meetingViewer(user: Person, loaders: Loaders): Promise<MeetingViewer> {
  return user ? viewerFrom(user, await loaders.meetingMemberships.load(user.id), await loaders.meetingOffices.load(user.id)) : ANONYMOUS;
}

async function viewerRegistration(user: Person, meetingId: string, loaders: Loaders) {
  return user ? loaders.meetingRegistrationOf.load(`${user.id}|${meetingId}`) : null;
}

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Public()
  @Query(() => MeetingConnection, {
    description: 'Meetings I may see that have not ended (or end after filter.from), soonest first; at most 100 per page.',
  })
  async meetings(@Args() args: MeetingsArgs, @CurrentUser() user: Person, @RequestLoaders() loaders: Loaders): Promise<Connection<Meeting>> {
    const page = await this.service.list(await meetingViewer(user, loaders), args.filter, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Meeting.from(edge.node) })) };
  }

  @Public()
  @Query(() => Meeting, { description: 'A meeting I may see; MEETING_NOT_FOUND otherwise.' })
  async meeting(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: Person, @RequestLoaders() loaders: Loaders): Promise<Meeting> {
    return Meeting.from(await this.service.findVisible(id, await meetingViewer(user, loaders)));
  }

  @Mutation(() => Meeting, { description: 'Creates a meeting for an organisation I belong to (the joint office: for any organisation).' })
  async createMeeting(
    @Args('input') input: CreateMeetingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Meeting> {
    return Meeting.from(await this.service.create(user, input, String(context.req.id)));
  }

  @Mutation(() => Meeting, { description: 'Replaces what a meeting says, its agenda included (organiser members and the joint office).' })
  async updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Meeting> {
    return Meeting.from(await this.service.update(user, id, input, String(context.req.id)));
  }

  @ResolveField(() => Organisation)
  async organiser(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(meeting.organiserId));
  }

  @ResolveField(() => Municipality, { nullable: true })
  async municipality(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<Municipality | null> {
    return meeting.municipalityId ? Municipality.from(await loaders.municipality.load(meeting.municipalityId)) : null;
  }

  @ResolveField(() => [TopicField])
  async topicFields(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<TopicField[]> {
    const rows = await loaders.topicField.loadMany(meeting.topicFieldKeys);
    return rows.flatMap((row) => (row instanceof Error ? [] : [TopicField.from(row, locale)]));
  }

  @ResolveField(() => [AgendaItem])
  async agenda(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<AgendaItem[]> {
    return (await loaders.meetingAgenda.load(meeting.id)).map((row) => AgendaItem.from(row));
  }

  @ResolveField(() => Int, { description: 'Participants holding a seat.' })
  async registeredCount(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<number> {
    return (await loaders.meetingCounts.load(meeting.id)).registered;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<number> {
    return (await loaders.meetingCounts.load(meeting.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Free seats; null when the meeting has no limit.' })
  async seatsLeft(@Parent() meeting: Meeting, @RequestLoaders() loaders: Loaders): Promise<number | null> {
    if (meeting.capacity === null) return null;
    return Math.max(0, meeting.capacity - (await loaders.meetingCounts.load(meeting.id)).registered);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'ONLINE and HYBRID: the meeting link, only for the organisers, the joint office and participants holding a seat (null for everyone else).',
  })
  async onlineLink(@Parent() meeting: Meeting, @CurrentUser() user: Person, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    if (!meeting.onlineLinkValue || !user) return null;
    const viewer = await meetingViewer(user, loaders);
    const registration = await viewerRegistration(user, meeting.id, loaders);
    const accepted = await loaders.acceptedInvitationOf.load(`${user.id}|${meeting.id}`);
    return canSeeLink(viewer, meeting, registration, accepted) ? meeting.onlineLinkValue : null;
  }

  @ResolveField(() => Boolean, { description: 'I may edit this meeting (a member of the organiser, or the joint office).' })
  async viewerCanEdit(@Parent() meeting: Meeting, @CurrentUser() user: Person, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return user ? canEdit(await meetingViewer(user, loaders), meeting) : false;
  }

  @ResolveField(() => MeetingRegistration, { nullable: true, description: 'My registration (not cancelled), if any.' })
  async viewerRegistration(
    @Parent() meeting: Meeting,
    @CurrentUser() user: Person,
    @RequestLoaders() loaders: Loaders,
  ): Promise<MeetingRegistration | null> {
    const row = await viewerRegistration(user, meeting.id, loaders);
    return row ? MeetingRegistration.from(row) : null;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @ResolveField(() => Organisation, { nullable: true })
  async responsibleOrganisation(@Parent() item: AgendaItem, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    return item.responsibleOrganisationId ? Organisation.from(await loaders.organisation.load(item.responsibleOrganisationId)) : null;
  }
}
