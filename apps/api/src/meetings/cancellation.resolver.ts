import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { MeetingCancellationService } from './cancellation.service';
import { CancelMeetingInput } from './inputs/cancel-meeting.input';
import { Meeting } from './models/meeting.model';

@Resolver(() => Meeting)
export class MeetingCancellationResolver {
  constructor(private readonly service: MeetingCancellationService) {}

  @Mutation(() => Meeting, {
    description:
      'Cancels a meeting with a reason (organiser members and the joint office); registrations and invitations stay readable, the calendar entry becomes CANCELLED. MEETING_CANCELLED if it already is.',
  })
  async cancelMeeting(
    @Args('input') input: CancelMeetingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Meeting> {
    return Meeting.from((await this.service.cancel(user, input, String(context.req.id))).meeting);
  }
}
