import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLoaders } from '../common/graphql/locale.decorator';
import type { Loaders } from '../common/loaders/loaders';
import { Organisation } from '../organisations';
import { RegisterForMeetingInput } from './inputs/meeting.input';
import { Meeting } from './models/meeting.model';
import { MeetingRegistration } from './models/registration.model';
import { RegistrationsService } from './registrations.service';

@Resolver(() => MeetingRegistration)
export class RegistrationsResolver {
  constructor(private readonly service: RegistrationsService) {}

  @Mutation(() => MeetingRegistration, {
    description: 'Registers me for a meeting open for registration: a seat while there is one, else the waitlist (MEETING_FULL without waitlist).',
  })
  async registerForMeeting(
    @Args('input') input: RegisterForMeetingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<MeetingRegistration> {
    return MeetingRegistration.from(await this.service.register(user, input, String(context.req.id)));
  }

  @Mutation(() => MeetingRegistration, { description: 'Cancels my registration; a freed seat goes to the first on the waitlist at once.' })
  async cancelMeetingRegistration(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<MeetingRegistration> {
    return MeetingRegistration.from(await this.service.cancel(user, id, String(context.req.id)));
  }

  @Query(() => [MeetingRegistration], { description: 'My registrations for meetings that have not ended, soonest first.' })
  async myMeetingRegistrations(@CurrentUser() user: AuthState['user']): Promise<MeetingRegistration[]> {
    return (await this.service.mine(user.id)).map((row) => MeetingRegistration.from(row));
  }

  @ResolveField(() => Meeting)
  async meeting(@Parent() registration: MeetingRegistration, @RequestLoaders() loaders: Loaders): Promise<Meeting> {
    return Meeting.from(await loaders.meeting.load(registration.meetingId));
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() registration: MeetingRegistration, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(registration.organisationId));
  }

  @ResolveField(() => Int, { nullable: true, description: 'WAITLISTED: my place on the waitlist (1 moves up next).' })
  async waitlistPosition(@Parent() registration: MeetingRegistration, @RequestLoaders() loaders: Loaders): Promise<number | null> {
    return registration.status === 'WAITLISTED' ? loaders.waitlistPosition.load(registration.id) : null;
  }
}
