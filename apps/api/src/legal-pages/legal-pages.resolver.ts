import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LegalPageKind } from '@wiw/db';
import { CurrentUser, Public, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { UpdateLegalPageInput } from './inputs/update-legal-page.input';
import { LegalPagesService } from './legal-pages.service';
import { LegalPage, LegalPageVersion } from './models/legal-page.model';

@Resolver(() => LegalPage)
export class LegalPagesResolver {
  constructor(private readonly service: LegalPagesService) {}

  @Public()
  @Query(() => LegalPage, { nullable: true, description: 'The published version of a legal page (null before the reference data is loaded).' })
  async legalPage(@Args('page', { type: () => LegalPageKind }) page: LegalPageKind, @RequestLocale() locale: Locale): Promise<LegalPage | null> {
    const row = await this.service.current(page);
    return row ? LegalPage.from(row, locale) : null;
  }

  @Roles('ADMIN')
  @Query(() => [LegalPageVersion], { description: 'The saved versions of a legal page, newest first, at most 50 (administrators).' })
  async legalPageHistory(@Args('page', { type: () => LegalPageKind }) page: LegalPageKind): Promise<LegalPageVersion[]> {
    return (await this.service.history(page)).map((row) => LegalPageVersion.from(row));
  }

  @Roles('ADMIN')
  @Mutation(() => LegalPage, { description: 'Saves a new version of a legal page and publishes it (administrators; audited).' })
  async updateLegalPage(
    @Args('input') input: UpdateLegalPageInput,
    @CurrentUser() user: AuthState['user'],
    @RequestLocale() locale: Locale,
    @Context() context: GraphQLContext,
  ): Promise<LegalPage> {
    return LegalPage.from(await this.service.update(user.id, input, String(context.req.id)), locale);
  }
}
