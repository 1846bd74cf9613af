import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedLink, CalendarFeedStatus } from './calendar.models';

/** My private calendar feed (signed-in people only; the guard denies everyone else). */
@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedStatus, { description: 'Whether my calendar feed is active (its URL cannot be shown again).' })
  async myCalendarFeed(@CurrentUser() user: AuthState['user']): Promise<CalendarFeedStatus> {
    const feed = await this.feeds.status(user.id);
    return Object.assign(new CalendarFeedStatus(), { active: feed !== null, createdAt: feed?.createdAt ?? null });
  }

  @Mutation(() => CalendarFeedLink, { description: 'Creates a new secret URL for my calendar feed; a previous URL stops working.' })
  async regenerateCalendarFeed(@CurrentUser() user: AuthState['user'], @Context() context: GraphQLContext): Promise<CalendarFeedLink> {
    return Object.assign(new CalendarFeedLink(), await this.feeds.regenerate(user.id, String(context.req.id)));
  }

  @Mutation(() => Boolean, { description: 'Turns my calendar feed off (its URL stops working); false when there was none.' })
  revokeCalendarFeed(@CurrentUser() user: AuthState['user'], @Context() context: GraphQLContext): Promise<boolean> {
    return this.feeds.revoke(user.id, String(context.req.id));
  }
}
