import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import type { AuthState } from '../../common/graphql/context';
import { MyOrganisation } from '../../memberships';
import { AdvisorOwnFigures, OrganisationOwnFigures } from './own-figures.model';
import { OwnFiguresService } from './own-figures.service';

/** Companies and advisors see their own figures on their own pages; the dashboard stays closed to them. */
@Resolver(() => MyOrganisation)
export class OwnFiguresResolver {
  constructor(private readonly figures: OwnFiguresService) {}

  @ResolveField(() => OrganisationOwnFigures, { description: "The organisation's own figures: needs, offers, contacts, consultations." })
  ownFigures(@Parent() organisation: MyOrganisation): Promise<OrganisationOwnFigures> {
    // MyOrganisation only ever holds organisations the caller belongs to (see myOrganisations).
    return this.figures.organisation(organisation.id);
  }

  @Roles('ADVISOR')
  @Query(() => AdvisorOwnFigures, { description: 'My consultations as an advisor: bookings, attendance, utilisation (ADVISOR only).' })
  myAdvisorFigures(@CurrentUser() user: AuthState['user']): Promise<AdvisorOwnFigures> {
    return this.figures.advisor(user.id);
  }
}
