import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { PageArgs } from '../../common/pagination/pagination';
import { SkillCategory } from '../common/enums';

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `Words found in labels or synonyms; ignores case and treats ä/ae, ö/oe, ü/ue, ß/ss alike. At most ${SEARCH_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => SkillCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SkillCategory)
  category?: SkillCategory | null;
}
