import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Loaders } from '../../common/loaders/loaders';
import type { Connection } from '../../common/pagination/pagination';
import { Organisation } from '../../organisations';
import { Municipality } from '../../regions';
import { OfferBoardArgs } from '../common/board.args';
import { OfferStatus } from '../common/enums';
import { seesAll } from '../../access';
import { Skill } from '../skills/skill.model';
import { CreateOfferInput, OfferInput } from './offer.input';
import { Offer, OfferConnection, OfferSkillItem } from './offer.model';
import { OffersService, ownsOfferQuick } from './offers.service';

@Resolver(() => Offer)
export class OffersResolver {
  constructor(private readonly service: OffersService) {}

  @Public()
  @Query(() => OfferConnection, { description: 'The board of open offers, newest first or by relevance; at most 100 per page.' })
  async offers(@Args() args: OfferBoardArgs, @RequestLoaders() loaders: Loaders): Promise<Connection<Offer>> {
    const page = await this.service.board(args.filter, args.sort, args);
    const rows = await Promise.all(page.edges.map((edge) => loaders.offer.load(edge.node)));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: Offer.from(rows[index]!) })) };
  }

  @Public()
  @Query(() => Offer, { description: 'An open offer, or one of mine in any status; OFFER_NOT_FOUND otherwise.' })
  async offer(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user'] | null): Promise<Offer> {
    return Offer.from(await this.service.findVisible(id, user?.id, seesAll(user)));
  }

  @Query(() => [Offer], { description: 'My own talent offers and those of my organisations, every status (at most 200).' })
  async myOffers(
    @CurrentUser() user: AuthState['user'],
    @Args('status', { type: () => OfferStatus, nullable: true }) status?: OfferStatus | null,
  ): Promise<Offer[]> {
    return (await this.service.mine(user.id, status)).map((row) => Offer.from(row));
  }

  @Mutation(() => Offer, { description: 'A new offer as DRAFT: for an organisation I belong to, or (TALENT) my own.' })
  async createOffer(
    @Args('input') input: CreateOfferInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Offer> {
    return Offer.from(await this.service.create(user.id, input, String(context.req.id)));
  }

  @Mutation(() => Offer, { description: 'Replaces what a draft or open offer says; matches follow at once.' })
  async updateOffer(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OfferInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Offer> {
    return Offer.from(await this.service.update(user.id, id, input, String(context.req.id)));
  }

  @Mutation(() => Offer, { description: 'DRAFT → OPEN (an organisation’s offer needs a verified organisation).' })
  async publishOffer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Offer> {
    return Offer.from(await this.service.publish(user.id, id, String(context.req.id)));
  }

  @Mutation(() => Offer, { description: 'Withdraws a draft or open offer (CLOSED).' })
  async closeOffer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Offer> {
    return Offer.from(await this.service.close(user.id, id, String(context.req.id)));
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'Null for an individual’s talent offer.' })
  async organisation(@Parent() offer: Offer, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    return offer.organisationId ? Organisation.from(await loaders.organisation.load(offer.organisationId)) : null;
  }

  @ResolveField(() => Municipality, { description: 'For talents the coarse location: the municipality only.' })
  async municipality(@Parent() offer: Offer, @RequestLoaders() loaders: Loaders): Promise<Municipality> {
    return Municipality.from(await loaders.municipality.load(offer.municipalityId));
  }

  @ResolveField(() => [OfferSkillItem], { description: 'By German label.' })
  async skills(@Parent() offer: Offer, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<OfferSkillItem[]> {
    const rows = await loaders.skillsByOffer.load(offer.id);
    const skills = await Promise.all(rows.map((row) => loaders.skill.load(row.skillId)));
    return rows.map((row, index) => ({ skill: Skill.from(skills[index]!, locale), level: row.level }));
  }

  @ResolveField(() => Boolean, { description: 'The caller may edit it (its organisation’s member, or the talent themself).' })
  async viewerCanEdit(@Parent() offer: Offer, @CurrentUser() user: AuthState['user'] | null, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return user ? ownsOfferQuick(offer, user.id, await loaders.organisationIdsOfUser.load(user.id)) : false;
  }
}
