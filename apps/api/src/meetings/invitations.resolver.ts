import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import type { Loaders } from '../common/loaders/loaders';
import { Organisation } from '../organisations';
import { AnswerMeetingInvitationInput, InviteToMeetingInput } from './inputs/invitation.input';
import { InvitationsService } from './invitations.service';
import { canEdit } from './meeting-access';
import { meetingViewer } from './meetings.resolver';
import { MeetingInvitation } from './models/invitation.model';
import { Meeting } from './models/meeting.model';

@Resolver(() => MeetingInvitation)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Mutation(() => [MeetingInvitation], {
    description: "Invites offices and organisations to a meeting (organisers and the joint office); answers the meeting's invitations.",
  })
  async inviteToMeeting(
    @Args('input') input: InviteToMeetingInput,
    @CurrentUser() user: AuthState['user'],
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<MeetingInvitation[]> {
    return (await this.service.invite(user, input, String(context.req.id))).map((row) => MeetingInvitation.from(row, locale));
  }

  @Mutation(() => MeetingInvitation, {
    description: 'Answers an invitation for the office I hold now or an organisation I belong to: YES, NO or DEPUTY (naming another member).',
  })
  async answerMeetingInvitation(
    @Args('input') input: AnswerMeetingInvitationInput,
    @CurrentUser() user: AuthState['user'],
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<MeetingInvitation> {
    return MeetingInvitation.from(await this.service.answer(user, input, String(context.req.id)), locale);
  }

  @Query(() => [MeetingInvitation], {
    description: 'Invitations to the offices I hold and the organisations I belong to, for meetings that have not ended.',
  })
  async myMeetingInvitations(@CurrentUser() user: AuthState['user'], @RequestLocale() locale: Locale): Promise<MeetingInvitation[]> {
    return (await this.service.mine(user)).map((row) => MeetingInvitation.from(row, locale));
  }

  @ResolveField(() => Meeting)
  async meeting(@Parent() invitation: MeetingInvitation, @RequestLoaders() loaders: Loaders): Promise<Meeting> {
    return Meeting.from(await loaders.meeting.load(invitation.meetingId));
  }

  @ResolveField(() => Organisation, { description: 'The invited organisation, or the organisation of the invited office.' })
  async organisation(@Parent() invitation: MeetingInvitation, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(invitation.organisationId));
  }
}

@Resolver(() => Meeting)
export class MeetingInvitationsFieldResolver {
  @ResolveField(() => [MeetingInvitation], {
    description: 'The invitations and their answers, for the organisers and the joint office (empty for everyone else).',
  })
  async invitations(
    @Parent() meeting: Meeting,
    @CurrentUser() user: AuthState['user'] | null,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<MeetingInvitation[]> {
    if (!user || !canEdit(await meetingViewer(user, loaders), meeting)) return [];
    return (await loaders.meetingInvitations.load(meeting.id)).map((row) => MeetingInvitation.from(row, locale));
  }
}
