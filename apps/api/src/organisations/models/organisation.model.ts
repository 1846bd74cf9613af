import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Organisation as OrganisationRow } from '@wiw/db';
import { OrganisationKind, SizeBand } from '../../common/graphql/enums';

@ObjectType({ description: 'A member organisation, company, research institute, advisory firm or education provider.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'Member of the partnership (Wirtschaftsinitiative Westfalen).' })
  isMember: boolean;

  @Field({ description: 'Invented for the demo data.' })
  isFictional: boolean;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => SizeBand, { nullable: true })
  sizeBand: SizeBand | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'Verified by the joint office.' })
  verified: boolean;

  municipalityId: string;

  static from(row: OrganisationRow): Organisation {
    return Object.assign(new Organisation(), {
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      kind: row.kind,
      isMember: row.isMember,
      isFictional: row.isFictional,
      industry: row.industry,
      sizeBand: row.sizeBand,
      website: row.website,
      description: row.description,
      verified: row.verifiedAt !== null,
      municipalityId: row.municipalityId,
    });
  }
}
