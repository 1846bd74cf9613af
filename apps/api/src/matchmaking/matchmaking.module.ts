import { Module } from '@nestjs/common';
import { ContactsResolver } from './contacts/contacts.resolver';
import { ContactsService } from './contacts/contacts.service';
import { MatchmakingLoaders } from './matchmaking.loaders';
import { MatchingResolver } from './matching/matching.resolver';
import { MatchingService } from './matching/matching.service';
import { NeedExpiryService } from './needs/need-expiry.service';
import { NeedsResolver } from './needs/needs.resolver';
import { NeedsService } from './needs/needs.service';
import { OffersResolver } from './offers/offers.resolver';
import { OffersService } from './offers/offers.service';
import { SkillsResolver } from './skills/skills.resolver';
import { SkillsService } from './skills/skills.service';

/** The skills matchmaking board: taxonomy, needs, offers, matching, contact requests. */
@Module({
  providers: [
    SkillsService,
    SkillsResolver,
    NeedsService,
    NeedsResolver,
    NeedExpiryService,
    OffersService,
    OffersResolver,
    MatchingService,
    MatchingResolver,
    ContactsService,
    ContactsResolver,
    MatchmakingLoaders,
  ],
  exports: [MatchmakingLoaders],
})
export class MatchmakingModule {}
