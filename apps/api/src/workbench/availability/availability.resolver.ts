import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { AvailabilityExceptionInput, AvailabilityRulesInput } from './availability.input';
import { Availability, AvailabilityException, AvailabilityRule } from './availability.model';
import { AvailabilityService } from './availability.service';
import { MAX_AVAILABILITY_RULES } from '@wiw/domain';

@Resolver()
export class AvailabilityResolver {
  constructor(private readonly service: AvailabilityService) {}

  @Roles('ADVISOR')
  @Query(() => Availability, { description: 'My weekly availability and my exceptions from today on (advisors).' })
  async myAvailability(@CurrentUser() user: AuthState['user']): Promise<Availability> {
    const [rules, exceptions] = await Promise.all([this.service.rules(user.id), this.service.upcomingExceptions(user.id)]);
    return { rules: rules.map((row) => AvailabilityRule.from(row)), exceptions: exceptions.map((row) => AvailabilityException.from(row)) };
  }

  @Roles('ADVISOR')
  @Mutation(() => [AvailabilityRule], {
    description: `Replaces my weekly availability (at most ${MAX_AVAILABILITY_RULES} periods; none of one day may overlap).`,
  })
  async setAvailabilityRules(
    @Args('input') input: AvailabilityRulesInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<AvailabilityRule[]> {
    return (await this.service.setRules(user.id, input.rules, String(context.req.id))).map((row) => AvailabilityRule.from(row));
  }

  @Roles('ADVISOR')
  @Mutation(() => AvailabilityException, { description: 'Adds an absence or extra hours on one day.' })
  async addAvailabilityException(
    @Args('input') input: AvailabilityExceptionInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<AvailabilityException> {
    return AvailabilityException.from(await this.service.addException(user.id, input, String(context.req.id)));
  }

  @Roles('ADVISOR')
  @Mutation(() => Boolean, { description: 'Removes one of my exceptions.' })
  async removeAvailabilityException(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.service.removeException(user.id, id, String(context.req.id));
  }
}
