import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';
import { SkillCategory } from '../common/enums';

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words found in labels or synonyms; ignores case and treats ä/ae, ö/oe, ü/ue, ß/ss alike. At most 100 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => SkillCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SkillCategory)
  category?: SkillCategory | null;
}
