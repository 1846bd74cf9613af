import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { NeedStatus } from '../common/enums';
import { RequestLoaders, RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Loaders } from '../../common/loaders/loaders';
import type { Connection } from '../../common/pagination/pagination';
import { Organisation } from '../../organisations';
import { Municipality } from '../../regions';
import { TopicField } from '../../topic-fields';
import { NeedBoardArgs } from '../common/board.args';
import { seesAll } from '../../access';
import { Skill } from '../skills/skill.model';
import { CreateNeedInput, NeedInput } from './need.input';
import { Need, NeedConnection, NeedSkillItem } from './need.model';
import { NeedsService } from './needs.service';

export enum NeedOutcome {
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedOutcome, { name: 'NeedOutcome', description: 'FILLED: found what was needed; CLOSED: withdrawn.' });

@Resolver(() => Need)
export class NeedsResolver {
  constructor(private readonly service: NeedsService) {}

  @Public()
  @Query(() => NeedConnection, { description: 'The board of open needs, newest first or by relevance; at most 100 per page.' })
  async needs(@Args() args: NeedBoardArgs, @RequestLoaders() loaders: Loaders): Promise<Connection<Need>> {
    const page = await this.service.board(args.filter, args.sort, args);
    const rows = await Promise.all(page.edges.map((edge) => loaders.need.load(edge.node)));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: Need.from(rows[index]!) })) };
  }

  @Public()
  @Query(() => Need, { description: 'An open need, or one of my organisation’s in any status; NEED_NOT_FOUND otherwise.' })
  async need(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user'] | null): Promise<Need> {
    return Need.from(await this.service.findVisible(id, user?.id, seesAll(user)));
  }

  @Query(() => [Need], { description: 'The needs of my organisations in every status (at most 200, recently changed first).' })
  async myNeeds(
    @CurrentUser() user: AuthState['user'],
    @Args('status', { type: () => NeedStatus, nullable: true }) status?: NeedStatus | null,
  ): Promise<Need[]> {
    return (await this.service.mine(user.id, status)).map((row) => Need.from(row));
  }

  @Mutation(() => Need, { description: 'A new need as DRAFT for a company I belong to.' })
  async createNeed(@Args('input') input: CreateNeedInput, @CurrentUser() user: AuthState['user'], @Context() context: GraphQLContext): Promise<Need> {
    return Need.from(await this.service.create(user.id, input, String(context.req.id)));
  }

  @Mutation(() => Need, { description: 'Replaces what a draft or open need says; matches follow at once.' })
  async updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Need> {
    return Need.from(await this.service.update(user.id, id, input, String(context.req.id)));
  }

  @Mutation(() => Need, { description: 'DRAFT → OPEN (ORGANISATION_NOT_VERIFIED until the joint office verified the company); open for 90 days.' })
  async publishNeed(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Need> {
    return Need.from(await this.service.publish(user.id, id, String(context.req.id)));
  }

  @Mutation(() => Need, { description: 'Keeps an open need open for another 90 days from now.' })
  async renewNeed(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Need> {
    return Need.from(await this.service.renew(user.id, id, String(context.req.id)));
  }

  @Mutation(() => Need, { description: 'Ends a need: FILLED (open ones) or CLOSED (drafts and open ones).' })
  async closeNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => NeedOutcome }) outcome: NeedOutcome,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<Need> {
    return Need.from(await this.service.close(user.id, id, outcome, String(context.req.id)));
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() need: Need, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(need.organisationId));
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() need: Need, @RequestLoaders() loaders: Loaders): Promise<Municipality> {
    return Municipality.from(await loaders.municipality.load(need.municipalityId));
  }

  @ResolveField(() => TopicField)
  async topicField(@Parent() need: Need, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<TopicField> {
    return TopicField.from(await loaders.topicField.load(need.topicFieldKey as TopicField['key']), locale);
  }

  @ResolveField(() => [NeedSkillItem], { description: 'Required first, then by German label.' })
  async skills(@Parent() need: Need, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<NeedSkillItem[]> {
    const rows = await loaders.skillsByNeed.load(need.id);
    const skills = await Promise.all(rows.map((row) => loaders.skill.load(row.skillId)));
    return rows.map((row, index) => ({ skill: Skill.from(skills[index]!, locale), weight: row.weight, level: row.level }));
  }

  @ResolveField(() => Boolean, { description: 'The caller belongs to the company and may edit it.' })
  async viewerCanEdit(@Parent() need: Need, @CurrentUser() user: AuthState['user'] | null, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return user ? (await loaders.organisationIdsOfUser.load(user.id)).includes(need.organisationId) : false;
  }
}
