import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FILTER_MAX_SKILLS, FILTER_RADIUS_KM, SEARCH_MAX_LENGTH } from '@wiw/domain';
import { RegionKey, Side, TopicFieldKey } from '../../common/graphql/enums';
import { NeedKind, OfferKind, RemoteMode, SkillCategory } from './enums';

export enum BoardSort {
  NEWEST = 'NEWEST',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(BoardSort, { name: 'BoardSort', description: 'RELEVANCE: most of the filtered skills first, then newest.' });

@InputType({ description: 'Within this many km (great circle) of a municipality.' })
export class NearFilter {
  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field(() => Int, { description: `${FILTER_RADIUS_KM.min} to ${FILTER_RADIUS_KM.max} km.` })
  @IsInt()
  @Min(FILTER_RADIUS_KM.min)
  @Max(FILTER_RADIUS_KM.max)
  km: number;
}

@InputType({ isAbstract: true })
abstract class BoardFilter {
  @Field(() => String, {
    nullable: true,
    description: `Words in title or description (ignores case, ä/ae …). At most ${SEARCH_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: `Has at least one of these skills (at most ${FILTER_MAX_SKILLS}).` })
  @IsOptional()
  @ArrayMaxSize(FILTER_MAX_SKILLS)
  @IsUUID('all', { each: true })
  skillIds?: string[] | null;

  @Field(() => SkillCategory, { nullable: true, description: 'Has a skill of this category.' })
  @IsOptional()
  @IsEnum(SkillCategory)
  category?: SkillCategory | null;

  @Field(() => RegionKey, { nullable: true })
  @IsOptional()
  @IsEnum(RegionKey)
  region?: RegionKey | null;

  @Field(() => Side, { nullable: true })
  @IsOptional()
  @IsEnum(Side)
  side?: Side | null;

  @Field(() => NearFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearFilter)
  near?: NearFilter | null;
}

@InputType()
export class NeedFilter extends BoardFilter {
  @Field(() => NeedKind, { nullable: true })
  @IsOptional()
  @IsEnum(NeedKind)
  kind?: NeedKind | null;

  @Field(() => RemoteMode, { nullable: true })
  @IsOptional()
  @IsEnum(RemoteMode)
  remoteMode?: RemoteMode | null;

  @Field(() => TopicFieldKey, { nullable: true })
  @IsOptional()
  @IsEnum(TopicFieldKey)
  topicField?: TopicFieldKey | null;
}

@InputType()
export class OfferFilter extends BoardFilter {
  @Field(() => OfferKind, { nullable: true })
  @IsOptional()
  @IsEnum(OfferKind)
  kind?: OfferKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers willing (true) or not willing (false) to work remotely.' })
  @IsOptional()
  @IsBoolean()
  remoteWilling?: boolean | null;
}
