import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders } from '../../common/graphql/locale.decorator';
import type { Loaders } from '../../common/loaders/loaders';
import { Organisation } from '../../organisations';
import { BookDeskInput, CancelDeskBookingInput, MyDeskBookingsArgs } from './desk-booking.input';
import { DeskBooking } from './desk-booking.model';
import { DeskBookingsService } from './desk-bookings.service';

@Resolver(() => DeskBooking)
export class DeskBookingsResolver {
  constructor(private readonly desks: DeskBookingsService) {}

  @Query(() => [DeskBooking], { description: 'My desk days (at most 100): today and later, or past ones.' })
  async myDeskBookings(@Args() args: MyDeskBookingsArgs, @CurrentUser() user: AuthState['user']): Promise<DeskBooking[]> {
    return (await this.desks.mine(user.id, args.past)).map((row) => DeskBooking.from(row));
  }

  @Query(() => DeskBooking, { description: 'One of my desk bookings.' })
  async deskBooking(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user']): Promise<DeskBooking> {
    return DeskBooking.from(await this.desks.one(user.id, id));
  }

  @Mutation(() => DeskBooking, {
    description: 'Books a day desk for a Berlin day: DESK_DAY_FULL when all desks are taken, DESK_DAY_ALREADY_BOOKED for a second desk that day.',
  })
  async bookDesk(
    @Args('input') input: BookDeskInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<DeskBooking> {
    return DeskBooking.from(await this.desks.book(user, input, String(context.req.id)));
  }

  @Mutation(() => DeskBooking, { description: 'Cancels my desk day until the place’s deadline (DESK_DAY_NOT_CANCELLABLE after it).' })
  async cancelDeskBooking(
    @Args('input') input: CancelDeskBookingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<DeskBooking> {
    return DeskBooking.from(await this.desks.cancel(user, input.id, String(context.req.id)));
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation the desk is booked for, if any.' })
  async organisation(@Parent() booking: DeskBooking, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    return booking.organisationId ? Organisation.from(await loaders.organisation.load(booking.organisationId)) : null;
  }
}
