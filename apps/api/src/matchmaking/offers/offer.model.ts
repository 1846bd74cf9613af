import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SkillOffer } from '@wiw/db';
import { DateScalar } from '../../common/scalars/date.scalar';
import { ConnectionType } from '../../common/pagination/pagination';
import { OfferKind, OfferStatus, SkillLevel } from '../common/enums';
import { Skill } from '../skills/skill.model';

@ObjectType({ description: 'A skill an offer brings.' })
export class OfferSkillItem {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => SkillLevel)
  level: SkillLevel;
}

@ObjectType({ description: 'How to reach the other side; only after a contact request was accepted (or for one’s own entries).' })
export class ContactDetails {
  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;
}

@ObjectType('SkillOffer', {
  description: 'Training, advice, IT competence to share, or an individual talent (pseudonymous until contact is accepted).',
})
export class Offer {
  @Field(() => ID)
  id: string;

  @Field(() => OfferKind)
  kind: OfferKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'How far the offer reaches from its municipality, in km.' })
  radiusKm: number;

  @Field(() => DateScalar)
  availableFrom: Date;

  @Field()
  remoteWilling: boolean;

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Offered by an individual (TALENT): no name, no organisation, coarse location only.' })
  isIndividual: boolean;

  organisationId: string | null;
  ownerId: string | null;
  municipalityId: string;

  static from(row: SkillOffer): Offer {
    return Object.assign(new Offer(), {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      radiusKm: row.radiusKm,
      availableFrom: row.availableFrom,
      remoteWilling: row.remoteWilling,
      status: row.status,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      isIndividual: row.organisationId === null,
      organisationId: row.organisationId,
      ownerId: row.ownerId,
      municipalityId: row.municipalityId,
    });
  }
}

@ObjectType()
export class OfferConnection extends ConnectionType(Offer, 'SkillOffer') {}
