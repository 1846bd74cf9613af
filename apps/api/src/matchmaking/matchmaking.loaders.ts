import { Injectable } from '@nestjs/common';
import { manyByKey, oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { NeedsService } from './needs/needs.service';
import { OffersService } from './offers/offers.service';
import { SkillsService } from './skills/skills.service';

@Injectable()
export class MatchmakingLoaders implements LoaderSource {
  constructor(
    private readonly skills: SkillsService,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
  ) {}

  create() {
    return {
      skill: oneByKey(
        (ids: readonly string[]) => this.skills.findByIds(ids),
        (s) => s.id,
        'Skill',
      ),
      need: oneByKey(
        (ids: readonly string[]) => this.needs.findByIds(ids),
        (n) => n.id,
        'Need',
      ),
      offer: oneByKey(
        (ids: readonly string[]) => this.offers.findByIds(ids),
        (o) => o.id,
        'Offer',
      ),
      skillsByNeed: manyByKey(
        (ids: readonly string[]) => this.needs.skillRows(ids),
        (row) => row.needId,
      ),
      skillsByOffer: manyByKey(
        (ids: readonly string[]) => this.offers.skillRows(ids),
        (row) => row.offerId,
      ),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<MatchmakingLoaders['create']> {}
}
