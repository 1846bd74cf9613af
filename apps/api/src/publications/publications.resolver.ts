import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { NEWS_REASON_LENGTH } from '@wiw/domain';
import { CurrentUser, Public } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { MultiLine } from '../common/graphql/input-text';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { PageArgs, type Connection } from '../common/pagination/pagination';
import { NewsCorrectionInput, NewsDraftInput, NewsFilter } from './inputs/news-item.input';
import { NewsItem, NewsItemConnection, NewsOfficeChoice, NewsPublishers, NewsViewerActions } from './models/news-item.model';
import { NewsItemsService } from './news-items.service';
import { NewsReaderService } from './news-reader.service';
import { officeName, toNewsItem } from './news-rows';

type Person = AuthState['user'];

@ArgsType()
class NewsItemsArgs extends PageArgs {
  @Field(() => NewsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewsFilter)
  filter?: NewsFilter | null;
}

@ArgsType()
class WithdrawArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: 'Why the item is withdrawn; shown with it.' })
  @IsString()
  @Length(NEWS_REASON_LENGTH.min, NEWS_REASON_LENGTH.max)
  @MultiLine()
  reason: string;
}

@ArgsType()
class SendBackArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: 'What the author should change; shown to them with the draft.' })
  @IsString()
  @Length(NEWS_REASON_LENGTH.min, NEWS_REASON_LENGTH.max)
  @MultiLine()
  comment: string;
}

@Resolver(() => NewsItem)
export class PublicationsResolver {
  constructor(
    private readonly items: NewsItemsService,
    private readonly reader: NewsReaderService,
  ) {}

  @Public()
  @Query(() => NewsItemConnection, { description: 'Published and withdrawn news items, newest first; filter by topic field, organisation, office.' })
  async newsItems(@Args() args: NewsItemsArgs, @RequestLocale() locale: Locale): Promise<Connection<NewsItem>> {
    const page = await this.reader.list(args.filter, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNewsItem(edge.node, locale, false) })) };
  }

  @Public()
  @Query(() => NewsItem, {
    description: 'A news item: public once published; drafts for the author, the approvers and the joint office; NEWS_ITEM_NOT_FOUND otherwise.',
  })
  async newsItem(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: Person | null, @RequestLocale() locale: Locale): Promise<NewsItem> {
    const { row, showAuthor } = await this.reader.find(user, id);
    return toNewsItem(row, locale, showAuthor);
  }

  @Public()
  @Query(() => NewsPublishers, { description: 'Organisations and offices that have published news items.' })
  async newsPublishers(@RequestLocale() locale: Locale): Promise<NewsPublishers> {
    const { organisations, offices } = await this.reader.publishers();
    return { organisations, offices: offices.map((office) => ({ id: office.id, name: officeName(office, locale) })) };
  }

  @Query(() => [NewsOfficeChoice], { description: 'Offices I may publish on behalf of: those of my organisations (the joint office: all).' })
  async myNewsOffices(@CurrentUser() user: Person, @RequestLocale() locale: Locale): Promise<NewsOfficeChoice[]> {
    return (await this.reader.officeChoices(user)).map((office) => ({
      id: office.id,
      name: officeName(office, locale),
      organisationId: office.organisationId,
    }));
  }

  @Query(() => [NewsItem], { description: 'News items I wrote, in every state, newest change first.' })
  async myNewsItems(@CurrentUser() user: Person, @RequestLocale() locale: Locale): Promise<NewsItem[]> {
    return (await this.reader.mine(user)).map((row) => toNewsItem(row, locale, true));
  }

  @Query(() => [NewsItem], { description: 'Submitted items I may approve (coordinators: all; office holders: their offices’), never my own.' })
  async newsApprovalQueue(@CurrentUser() user: Person, @RequestLocale() locale: Locale): Promise<NewsItem[]> {
    return (await this.reader.queue(user)).map((row) => toNewsItem(row, locale, true));
  }

  @ResolveField(() => NewsViewerActions, { description: 'What I may do with the item now (all false when signed out); ask for one item at a time.' })
  viewerCan(@Parent() item: NewsItem, @CurrentUser() user: Person | null): Promise<NewsViewerActions> {
    return this.reader.actions(user, { authorId: item.authorId, officeId: item.office?.id ?? null, status: item.status });
  }

  @Mutation(() => NewsItem, {
    description: 'A new draft for an organisation I belong to (the joint office: any), optionally on behalf of one of its offices.',
  })
  async createNewsDraft(
    @Args('input') input: NewsDraftInput,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ) {
    return toNewsItem(await this.items.createDraft(user, input, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, { description: 'Replaces a draft (its author only, while DRAFT).' })
  async updateNewsDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NewsDraftInput,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<NewsItem> {
    return toNewsItem(await this.items.updateDraft(user, id, input, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, { description: 'Submits a draft for approval (its author only).' })
  async submitNewsItem(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ) {
    return toNewsItem(await this.items.submit(user, id, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, { description: 'Approves and publishes a submitted item: a coordinator or the holder of its office, never its author.' })
  async approveNewsItem(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ) {
    return toNewsItem(await this.items.approve(user, id, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, {
    description:
      'Sends a submitted item back to its author with a comment (status DRAFT again): a coordinator or the holder of its office, never its author.',
  })
  async sendBackNewsItem(
    @Args() args: SendBackArgs,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<NewsItem> {
    return toNewsItem(await this.items.sendBack(user, args.id, args.comment, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, { description: 'Corrects a published item: a new version with its reason (whoever may approve it, never its author).' })
  async correctNewsItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NewsCorrectionInput,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<NewsItem> {
    return toNewsItem(await this.items.correct(user, id, input, String(context.req.id)), locale, true);
  }

  @Mutation(() => NewsItem, {
    description: 'Withdraws a published item (its author or whoever may approve it); it stays visible as withdrawn, with the reason.',
  })
  async withdrawNewsItem(
    @Args() args: WithdrawArgs,
    @CurrentUser() user: Person,
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ) {
    return toNewsItem(await this.items.withdraw(user, args.id, args.reason, String(context.req.id)), locale, true);
  }
}
