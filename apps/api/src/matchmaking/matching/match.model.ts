import { Field, Float, InterfaceType, Int, ObjectType } from '@nestjs/graphql';
import { Need } from '../needs/need.model';
import { Offer } from '../offers/offer.model';
import { Skill } from '../skills/skill.model';

@InterfaceType({ description: 'Why two entries match: what an offer match and a need match share.' })
export abstract class MatchExplanation {
  @Field(() => Float, { description: 'Overall score 0..1: 60 % skills, 25 % distance, 15 % availability.' })
  score: number;

  @Field(() => Float, { description: 'Weighted share of the need’s skills covered (required ×3), with level fit.' })
  skillScore: number;

  @Field(() => Float)
  distanceScore: number;

  @Field(() => Float)
  availabilityScore: number;

  @Field(() => Float, { description: 'Great-circle distance between the two municipalities, km.' })
  distanceKm: number;

  @Field({ description: 'The need is remote: distance did not count.' })
  distanceIgnored: boolean;

  @Field(() => Int, { description: 'Days the offer becomes available after the need’s start (0: in time).' })
  availabilityGapDays: number;

  @Field(() => [Skill], { description: 'Skills of the need the offer has, in the need’s order.' })
  sharedSkills: Skill[];

  @Field(() => [Skill])
  missingSkills: Skill[];

  @Field(() => Int)
  requiredShared: number;

  @Field(() => Int)
  requiredTotal: number;

  @Field({ description: 'Connects Dortmund with Südwestfalen.' })
  crossRegion: boolean;
}

@ObjectType({ description: 'An offer for a need, with why it matches.', implements: () => [MatchExplanation] })
export class OfferMatch extends MatchExplanation {
  @Field(() => Offer)
  offer: Offer;
}

@ObjectType({ description: 'A need for an offer, with why it matches.', implements: () => [MatchExplanation] })
export class NeedMatch extends MatchExplanation {
  @Field(() => Need)
  need: Need;
}
