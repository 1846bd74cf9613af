import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLocale } from '../common/graphql/locale.decorator';
import { pick, type Locale } from '../common/i18n/locale';
import { CreateOfficeInput } from './inputs/create-office.input';
import { Office } from './models/office.model';
import { OfficesService, type OfficeWithTerms } from './offices.service';

function toOffice(office: OfficeWithTerms, locale: Locale): Office {
  const history = office.terms.map((term) => ({ userId: term.userId, holderName: term.user.name, startedAt: term.startedAt, endedAt: term.endedAt }));
  return Object.assign(new Office(), {
    id: office.id,
    organisationId: office.organisationId,
    organisationName: office.organisation.name,
    title: pick(locale, office.titleDe, office.titleEn),
    role: office.role,
    holder: history.find((term) => term.endedAt === null) ?? null,
    history,
  });
}

@Resolver(() => Office)
export class OfficesResolver {
  constructor(private readonly service: OfficesService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => [Office], { description: 'All offices with their holders and history (joint office and administrators).' })
  async offices(@RequestLocale() locale: Locale): Promise<Office[]> {
    return (await this.service.list()).map((office) => toOffice(office, locale));
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Office, { description: 'Creates an office of an organisation (OFFICE_EXISTS for a duplicate title).' })
  async createOffice(
    @Args('input') input: CreateOfficeInput,
    @CurrentUser() user: AuthState['user'],
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<Office> {
    return toOffice(await this.service.create(user, input, String(context.req.id)), locale);
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => Office, { description: "Hands an office to a member of its organisation; ends the predecessor's sessions." })
  async handOverOffice(
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('successorUserId', { type: () => ID }) successorUserId: string,
    @CurrentUser() user: AuthState['user'],
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<Office> {
    return toOffice(await this.service.handOver(user, officeId, successorUserId, String(context.req.id)), locale);
  }
}
