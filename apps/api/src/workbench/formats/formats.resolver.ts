import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CurrentUser, Public, Roles } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Loaders } from '../../common/loaders/loaders';
import type { ConsultationFormat as FormatRow } from '@wiw/db';
import { PageArgs, type Connection } from '../../common/pagination/pagination';
import { Organisation } from '../../organisations';
import { TopicField } from '../../topic-fields';
import { NextFreeService } from '../bookings/next-free.service';
import { ConsultationFormatFilter, ConsultationFormatInput, ConsultationFormatOrder, CreateConsultationFormatInput } from './format.input';
import { Advisor, ConsultationFormat, ConsultationFormatConnection } from './format.model';
import { FormatsService } from './formats.service';

@ArgsType()
class ConsultationFormatsArgs extends PageArgs {
  @Field(() => ConsultationFormatFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationFormatFilter)
  filter?: ConsultationFormatFilter | null;

  @Field(() => ConsultationFormatOrder, { defaultValue: ConsultationFormatOrder.NEWEST })
  @IsEnum(ConsultationFormatOrder)
  orderBy: ConsultationFormatOrder = ConsultationFormatOrder.NEWEST;
}

@Resolver(() => ConsultationFormat)
export class FormatsResolver {
  constructor(
    private readonly service: FormatsService,
    private readonly nextFree: NextFreeService,
  ) {}

  @Public()
  @Query(() => ConsultationFormatConnection, {
    description: 'Active consultation formats of the digital workbench, newest first or by next free time; at most 100 per page.',
  })
  async consultationFormats(@Args() args: ConsultationFormatsArgs, @RequestLoaders() loaders: Loaders): Promise<Connection<ConsultationFormat>> {
    let page: Connection<FormatRow>;
    if (args.orderBy === ConsultationFormatOrder.NEXT_FREE_SLOT) {
      const sorted = await this.nextFree.pageByNextFree(await this.service.matching(args.filter), args);
      // The times are known now: the nextFreeSlot fields of this page need no second computation.
      for (const [id, time] of sorted.nextFree) loaders.nextFreeSlot.prime(id, time);
      page = sorted.page;
    } else {
      page = await this.service.list(args.filter, args);
    }
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: ConsultationFormat.from(edge.node) })) };
  }

  @Public()
  @Query(() => ConsultationFormat, { description: 'An active format, or one of my own; FORMAT_NOT_FOUND otherwise.' })
  async consultationFormat(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthState['user'] | null): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await this.service.findVisible(id, user?.id));
  }

  @Roles('ADVISOR')
  @Query(() => [ConsultationFormat], { description: 'The formats I offer, active ones first (advisors).' })
  async myConsultationFormats(@CurrentUser() user: AuthState['user']): Promise<ConsultationFormat[]> {
    return (await this.service.mine(user.id)).map((row) => ConsultationFormat.from(row));
  }

  @Roles('ADVISOR')
  @Mutation(() => ConsultationFormat, { description: 'Offers a new consultation format for an advisory or member organisation I belong to.' })
  async createConsultationFormat(
    @Args('input') input: CreateConsultationFormatInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await this.service.create(user, input, String(context.req.id)));
  }

  @Roles('ADVISOR')
  @Mutation(() => ConsultationFormat, { description: 'Replaces what one of my formats says; booked slots keep their times.' })
  async updateConsultationFormat(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ConsultationFormatInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await this.service.update(user, id, input, String(context.req.id)));
  }

  @Roles('ADVISOR')
  @Mutation(() => ConsultationFormat, { description: 'Takes one of my formats off the workbench (existing bookings stay).' })
  async archiveConsultationFormat(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await this.service.setStatus(user.id, id, 'ARCHIVED', String(context.req.id)));
  }

  @Roles('ADVISOR')
  @Mutation(() => ConsultationFormat, { description: 'Offers an archived format of mine again.' })
  async reactivateConsultationFormat(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await this.service.setStatus(user.id, id, 'ACTIVE', String(context.req.id)));
  }

  @ResolveField(() => TopicField)
  async topicField(@Parent() format: ConsultationFormat, @RequestLoaders() loaders: Loaders, @RequestLocale() locale: Locale): Promise<TopicField> {
    return TopicField.from(await loaders.topicField.load(format.topicFieldKey as TopicField['key']), locale);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() format: ConsultationFormat, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(format.organisationId));
  }

  @ResolveField(() => Advisor)
  async advisor(@Parent() format: ConsultationFormat, @RequestLoaders() loaders: Loaders): Promise<Advisor> {
    return loaders.advisor.load(format.advisorId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'REMOTE: the meeting link, for the advisor only (participants find it on their booking).',
  })
  meetingLink(@Parent() format: ConsultationFormat, @CurrentUser() user: AuthState['user'] | null): string | null {
    return user?.id === format.advisorId ? format.meetingLinkValue : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'The soonest time this active format can be booked now (within its horizon), or null when none is free.',
  })
  nextFreeSlot(@Parent() format: ConsultationFormat, @RequestLoaders() loaders: Loaders): Promise<Date | null> {
    return loaders.nextFreeSlot.load(format.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller is the advisor of this format.' })
  viewerIsAdvisor(@Parent() format: ConsultationFormat, @CurrentUser() user: AuthState['user'] | null): boolean {
    return user?.id === format.advisorId;
  }
}
