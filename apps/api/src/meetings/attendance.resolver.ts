import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { AttendanceService } from './attendance.service';
import { CheckInToMeetingInput, MarkMeetingAttendanceInput } from './inputs/attendance.input';
import { MeetingParticipant } from './models/participant.model';

@Resolver(() => MeetingParticipant)
export class AttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Query(() => [MeetingParticipant], {
    description:
      "A meeting's registrations for its organisers and the joint office: seats, then the waitlist in order, then withdrawn ones (MEETING_NOT_FOUND for everyone else).",
  })
  async meetingParticipants(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentUser() user: AuthState['user'],
  ): Promise<MeetingParticipant[]> {
    return (await this.service.participants(user, meetingId)).map(({ row, waitlistPosition }) => MeetingParticipant.from(row, waitlistPosition));
  }

  @Mutation(() => MeetingParticipant, { description: 'Marks a participant holding a seat PRESENT or ABSENT (organisers and the joint office).' })
  async markMeetingAttendance(
    @Args('input') input: MarkMeetingAttendanceInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<MeetingParticipant> {
    return MeetingParticipant.from(await this.service.mark(user, input, String(context.req.id)), null);
  }

  @Mutation(() => MeetingParticipant, {
    description: 'Checks a participant in by the registration code (PRESENT); MEETING_REGISTRATION_NOT_FOUND for an unknown code.',
  })
  async checkInToMeeting(
    @Args('input') input: CheckInToMeetingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<MeetingParticipant> {
    return MeetingParticipant.from(await this.service.checkIn(user, input, String(context.req.id)), null);
  }
}
