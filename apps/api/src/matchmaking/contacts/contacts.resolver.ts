import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders } from '../../common/graphql/locale.decorator';
import type { Loaders } from '../../common/loaders/loaders';
import type { Connection } from '../../common/pagination/pagination';
import { Need } from '../needs/need.model';
import { ContactDetails, Offer } from '../offers/offer.model';
import { ContactRequest, ContactRequestConnection } from './contact-request.model';
import { ContactRequestsArgs, RequestContactInput } from './contact-request.input';
import { ContactsService } from './contacts.service';

@Resolver(() => ContactRequest)
export class ContactsResolver {
  constructor(private readonly service: ContactsService) {}

  @Query(() => ContactRequestConnection, { description: 'Contact requests to my side (INBOX) or from it (OUTBOX), newest first.' })
  async contactRequests(@Args() args: ContactRequestsArgs, @CurrentUser() user: AuthState['user']): Promise<Connection<ContactRequest>> {
    const page = await this.service.list(user.id, args.box, args.status, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: ContactRequest.from(edge.node) })) };
  }

  @Mutation(() => ContactRequest, {
    description: 'Asks the other side of a need–offer pair for contact (CONTACT_REQUEST_LIMIT after 20 a day per organisation).',
  })
  async requestContact(
    @Args('input') input: RequestContactInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ContactRequest> {
    return ContactRequest.from(await this.service.request(user.id, input, String(context.req.id)));
  }

  @Mutation(() => ContactRequest, { description: 'The receiving side accepts (both see each other’s contact details) or declines.' })
  async answerContactRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ContactRequest> {
    return ContactRequest.from(await this.service.answer(user.id, id, accept, String(context.req.id)));
  }

  @Mutation(() => ContactRequest, { description: 'Either side withdraws a pending or accepted request.' })
  async withdrawContactRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ContactRequest> {
    return ContactRequest.from(await this.service.withdraw(user.id, id, String(context.req.id)));
  }

  @ResolveField(() => Need)
  async need(@Parent() request: ContactRequest, @RequestLoaders() loaders: Loaders): Promise<Need> {
    return Need.from(await loaders.need.load(request.needId));
  }

  @ResolveField(() => Offer)
  async offer(@Parent() request: ContactRequest, @RequestLoaders() loaders: Loaders): Promise<Offer> {
    return Offer.from(await loaders.offer.load(request.offerId));
  }

  @ResolveField(() => ContactDetails, {
    nullable: true,
    description: 'The other side’s contact person: only once ACCEPTED, null before and after withdrawal.',
  })
  async counterpart(@Parent() request: ContactRequest, @CurrentUser() user: AuthState['user']): Promise<ContactDetails | null> {
    const person = await this.service.counterpart(user.id, request.row);
    return person ? Object.assign(new ContactDetails(), person) : null;
  }
}
