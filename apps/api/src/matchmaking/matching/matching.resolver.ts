import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/decorators';
import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/pagination/pagination';
import type { AuthState } from '../../common/graphql/context';
import { RequestLoaders, RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Loaders } from '../../common/loaders/loaders';
import { Need } from '../needs/need.model';
import { NeedsService } from '../needs/needs.service';
import { Offer } from '../offers/offer.model';
import { OffersService } from '../offers/offers.service';
import { Skill } from '../skills/skill.model';
import { NeedMatch, OfferMatch } from './match.model';
import { MatchingService, type RankedMatch } from './matching.service';
import { MAX_MATCHES } from '@wiw/domain';

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES) {
    throw new BadUserInputError(
      { de: `„first“ muss zwischen 1 und ${MAX_MATCHES} liegen.`, en: `"first" must be between 1 and ${MAX_MATCHES}.` },
      { argument: 'first', max: MAX_MATCHES },
    );
  }
}

async function explanation(match: RankedMatch, loaders: Loaders, locale: Locale) {
  const [shared, missing] = await Promise.all([
    Promise.all(match.sharedSkillIds.map((id) => loaders.skill.load(id))),
    Promise.all(match.missingSkillIds.map((id) => loaders.skill.load(id))),
  ]);
  const { id: _id, sharedSkillIds: _s, missingSkillIds: _m, ...figures } = match;
  return { ...figures, sharedSkills: shared.map((row) => Skill.from(row, locale)), missingSkills: missing.map((row) => Skill.from(row, locale)) };
}

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
  ) {}

  @Query(() => [OfferMatch], { description: 'The best open offers for one of my organisation’s needs (any status), best first; 1 to 50.' })
  async needMatches(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @CurrentUser() user: AuthState['user'],
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<OfferMatch[]> {
    checkFirst(first);
    const need = this.needs.findForMatching(needId, user);
    // The need's skills are read while its access is checked; nothing is returned unless the check passes.
    const matches = isUuid(needId) ? await this.matching.offersForNeed(needId, first, undefined, need) : await need.then(() => []);
    return Promise.all(
      matches.map(async (match) =>
        Object.assign(new OfferMatch(), await explanation(match, loaders, locale), { offer: Offer.from(await loaders.offer.load(match.id)) }),
      ),
    );
  }

  @Query(() => [NeedMatch], { description: 'The best open needs for one of my offers (any status), best first; 1 to 50.' })
  async offerMatches(
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @CurrentUser() user: AuthState['user'],
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
  ): Promise<NeedMatch[]> {
    checkFirst(first);
    const offer = await this.offers.findForMatching(offerId, user);
    const matches = await this.matching.needsForOffer(offer.id, first);
    return Promise.all(
      matches.map(async (match) =>
        Object.assign(new NeedMatch(), await explanation(match, loaders, locale), { need: Need.from(await loaders.need.load(match.id)) }),
      ),
    );
  }
}
