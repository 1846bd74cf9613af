import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { changeRefusal } from '@wiw/domain';
import { CurrentUser, Public, Roles } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders } from '../../common/graphql/locale.decorator';
import type { Loaders } from '../../common/loaders/loaders';
import type { Connection } from '../../common/pagination/pagination';
import { Organisation } from '../../organisations';
import { AttendanceStatus } from '../common/enums';
import { FormatsService } from '../formats/formats.service';
import { ConsultationFormat } from '../formats/format.model';
import { BookableSlotsArgs, BookConsultationInput, CancelBookingInput, DayRangeArgs, MyBookingsArgs, RescheduleBookingInput } from './booking.input';
import { AdvisorSlot, BookableSlot, Booking, BookingConnection, BookingContact } from './booking.model';
import { BookingQueriesService } from './booking-queries.service';
import { BookingsService } from './bookings.service';
import { SlotsService } from './slots.service';

@Resolver(() => Booking)
export class BookingsResolver {
  constructor(
    private readonly bookings: BookingsService,
    private readonly queries: BookingQueriesService,
    private readonly slots: SlotsService,
    private readonly formats: FormatsService,
  ) {}

  @Public()
  @Query(() => [BookableSlot], { description: 'Free times of an active format on the Berlin days from..to (at most 42 days), soonest first.' })
  async bookableSlots(@Args() args: BookableSlotsArgs, @CurrentUser() user: AuthState['user'] | null): Promise<BookableSlot[]> {
    const format = await this.formats.findVisible(args.formatId, user?.id);
    return format.status === 'ACTIVE' ? this.slots.bookable(format, args.from, args.to) : [];
  }

  @Query(() => BookingConnection, { description: 'Bookings of my organisations: upcoming (soonest first) or past (latest first).' })
  async myBookings(@Args() args: MyBookingsArgs, @CurrentUser() user: AuthState['user']): Promise<Connection<Booking>> {
    const page = await this.queries.mine(user.id, args.scope, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Booking.from(edge.node) })) };
  }

  @Query(() => Booking, { description: 'A booking of my organisations, or one in my slots as advisor.' })
  async booking(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user']): Promise<Booking> {
    return Booking.from(await this.queries.one(user.id, id));
  }

  @Roles('ADVISOR')
  @Query(() => [AdvisorSlot], { description: 'My slots (with their bookings) starting on the Berlin days from..to, at most 42 days (advisors).' })
  async advisorSchedule(@Args() range: DayRangeArgs, @CurrentUser() user: AuthState['user']): Promise<AdvisorSlot[]> {
    return (await this.queries.advisorSchedule(user.id, range.from, range.to)).map((slot) => AdvisorSlot.from(slot));
  }

  @Roles('ADVISOR')
  @Query(() => Date, {
    nullable: true,
    description: 'The start of my next scheduled slot that is not over yet, or null (advisors): where my calendar opens.',
  })
  advisorNextSlotStart(@CurrentUser() user: AuthState['user']): Promise<Date | null> {
    return this.queries.advisorNextSlotStart(user.id);
  }

  @Mutation(() => Booking, { description: 'Books a one-to-one slot or a seat in a group session for my verified organisation.' })
  async bookConsultation(
    @Args('input') input: BookConsultationInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Booking> {
    return Booking.from(await this.bookings.book(user, input, String(context.req.id)));
  }

  @Mutation(() => Booking, { description: 'Cancels a booking with a reason: companies until the deadline, the advisor at any time.' })
  async cancelBooking(
    @Args('input') input: CancelBookingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Booking> {
    return Booking.from(await this.bookings.cancel(user, input.id, input.reason, String(context.req.id)));
  }

  @Mutation(() => Booking, { description: 'Moves a booking to another free start of its format, in one step (or not at all).' })
  async rescheduleBooking(
    @Args('input') input: RescheduleBookingInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Booking> {
    return Booking.from(await this.bookings.reschedule(user, input.id, input.startsAt, input.reason ?? null, String(context.req.id)));
  }

  @Roles('ADVISOR')
  @Mutation(() => Booking, { description: 'Records after the start whether the company attended (advisor of the slot).' })
  async markAttendance(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => AttendanceStatus }) status: AttendanceStatus,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Booking> {
    return Booking.from(await this.bookings.markAttendance(user, id, status, String(context.req.id)));
  }

  @ResolveField(() => ConsultationFormat)
  async format(@Parent() booking: Booking, @RequestLoaders() loaders: Loaders): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await loaders.consultationFormat.load(booking.formatId));
  }

  @ResolveField(() => Organisation, { description: 'The organisation that booked.' })
  async organisation(@Parent() booking: Booking, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(booking.organisationId));
  }

  @ResolveField(() => BookingContact, { description: 'The advisor, as the participants reach them.' })
  async advisorContact(@Parent() booking: Booking, @RequestLoaders() loaders: Loaders): Promise<BookingContact> {
    const advisor = await loaders.contact.load(booking.advisorId);
    return { name: advisor.name, email: advisor.email };
  }

  @ResolveField(() => BookingContact, { nullable: true, description: 'Who booked (null once their account is deleted).' })
  async bookedBy(@Parent() booking: Booking, @RequestLoaders() loaders: Loaders): Promise<BookingContact | null> {
    if (!booking.bookedById) return null;
    const person = await loaders.contact.load(booking.bookedById);
    return person.deletedAt ? null : { name: person.name, email: person.email };
  }

  @ResolveField(() => Boolean, { description: 'The caller is the advisor of this booking.' })
  viewerIsAdvisor(@Parent() booking: Booking, @CurrentUser() user: AuthState['user'] | null): boolean {
    return user?.id === booking.advisorId;
  }

  @ResolveField(() => Boolean, { description: 'The caller may cancel or reschedule it now.' })
  viewerCanChange(@Parent() booking: Booking, @CurrentUser() user: AuthState['user'] | null): boolean {
    if (!user) return false;
    const actor = user.id === booking.advisorId ? 'ADVISOR' : 'BOOKER';
    return (
      changeRefusal({
        actor,
        confirmed: booking.status === 'CONFIRMED',
        start: booking.startsAt,
        end: booking.endsAt,
        format: booking,
        now: new Date(),
      }) === null
    );
  }
}
