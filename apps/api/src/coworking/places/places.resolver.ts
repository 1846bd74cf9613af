import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../../common/graphql/context';
import { RequestLoaders } from '../../common/graphql/locale.decorator';
import type { Loaders } from '../../common/loaders/loaders';
import { Organisation } from '../../organisations';
import { Municipality } from '../../regions';
import { DesksLeftArgs } from '../desks/desk-booking.input';
import { DeskBookingsService } from '../desks/desk-bookings.service';
import { CoworkingPlacesArgs, CreateCoworkingPlaceInput, UpdateCoworkingPlaceInput } from './place.input';
import { CoworkingPlace } from './place.model';
import { PlacesService } from './places.service';

@Resolver(() => CoworkingPlace)
export class PlacesResolver {
  constructor(
    private readonly places: PlacesService,
    private readonly desks: DeskBookingsService,
  ) {}

  @Public()
  @Query(() => [CoworkingPlace], { description: 'Co-working places of the partnership, by name or nearest first from a municipality.' })
  async coworkingPlaces(@Args() args: CoworkingPlacesArgs): Promise<CoworkingPlace[]> {
    return (await this.places.list(args.nearMunicipalityId)).map(({ row, distanceKm }) => CoworkingPlace.from(row, distanceKm));
  }

  @Public()
  @Query(() => CoworkingPlace)
  async coworkingPlace(@Args('id', { type: () => ID }) id: string): Promise<CoworkingPlace> {
    return CoworkingPlace.from(await this.places.find(id));
  }

  @Mutation(() => CoworkingPlace, { description: 'Adds a place run by my verified organisation.' })
  async createCoworkingPlace(
    @Args('input') input: CreateCoworkingPlaceInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<CoworkingPlace> {
    return CoworkingPlace.from(await this.places.create(user, input, String(context.req.id)));
  }

  @Mutation(() => CoworkingPlace, { description: 'Changes a place (members of its operator organisation only).' })
  async updateCoworkingPlace(
    @Args('input') input: UpdateCoworkingPlaceInput,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<CoworkingPlace> {
    return CoworkingPlace.from(await this.places.update(user, input, String(context.req.id)));
  }

  @ResolveField(() => Organisation, { description: 'The organisation that runs the place and keeps its entry.' })
  async operator(@Parent() place: CoworkingPlace, @RequestLoaders() loaders: Loaders): Promise<Organisation> {
    return Organisation.from(await loaders.organisation.load(place.operatorId));
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() place: CoworkingPlace, @RequestLoaders() loaders: Loaders): Promise<Municipality> {
    return Municipality.from(await loaders.municipality.load(place.municipalityId));
  }

  @ResolveField(() => Boolean, { description: 'I belong to the operator organisation and may change the place.' })
  async viewerCanEdit(
    @Parent() place: CoworkingPlace,
    @CurrentUser() user: AuthState['user'] | null,
    @RequestLoaders() loaders: Loaders,
  ): Promise<boolean> {
    return user ? (await loaders.organisationIdsOfUser.load(user.id)).includes(place.operatorId) : false;
  }

  @ResolveField(() => Int, { description: 'Desks still free on a Berlin day.' })
  desksLeft(@Parent() place: CoworkingPlace, @Args() args: DesksLeftArgs): Promise<number> {
    return this.desks.desksLeft(place, args.date);
  }
}
