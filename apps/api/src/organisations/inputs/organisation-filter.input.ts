import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { OrganisationKind, RegionKey, Side } from '../../common/graphql/enums';

@InputType({ description: 'All given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind | null;

  @Field(() => RegionKey, { nullable: true })
  @IsOptional()
  @IsEnum(RegionKey)
  region?: RegionKey | null;

  @Field(() => Side, { nullable: true })
  @IsOptional()
  @IsEnum(Side)
  side?: Side | null;

  @Field(() => Boolean, { nullable: true, description: 'Only members of the partnership.' })
  @IsOptional()
  @IsBoolean()
  memberOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Verified by the joint office. Everyone sees verified organisations only; coordinators and administrators see all and may ask for unverified ones (false).',
  })
  @IsOptional()
  @IsBoolean()
  verified?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `Words found in name, short name, municipality, district or industry; ignores case and punctuation around words, treats ä/ae/a, ö/oe/o, ü/ue/u and ß/ss alike. At most ${SEARCH_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}
