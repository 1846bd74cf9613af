import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { TopicFieldKey } from '../../common/graphql/enums';
import { DateScalar } from '../../common/scalars/date.scalar';
import { NeedKind, RemoteMode, SkillLevel, SkillWeight } from '../common/enums';
import { BoardEntryInput } from '../common/board-entry.input';
import { MAX_SKILLS } from '../common/text-fields';

@InputType()
export class NeedSkillInput {
  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field(() => SkillWeight)
  @IsEnum(SkillWeight)
  weight: SkillWeight;

  @Field(() => SkillLevel)
  @IsEnum(SkillLevel)
  level: SkillLevel;
}

@InputType({ description: 'Everything a need says; an update replaces all of it.' })
export class NeedInput extends BoardEntryInput {
  @Field(() => Int, { description: 'How many people, 1 to 1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount: number;

  @Field(() => NeedKind)
  @IsEnum(NeedKind)
  kind: NeedKind;

  @Field(() => RemoteMode)
  @IsEnum(RemoteMode)
  remoteMode: RemoteMode;

  @Field(() => DateScalar, { nullable: true, description: 'Null: as soon as possible.' })
  @IsOptional()
  @IsDate()
  startDate?: Date | null;

  @Field(() => TopicFieldKey)
  @IsEnum(TopicFieldKey)
  topicField: TopicFieldKey;

  @Field(() => [NeedSkillInput], { description: `1 to ${MAX_SKILLS} skills, each once.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SKILLS)
  @ValidateNested({ each: true })
  @Type(() => NeedSkillInput)
  skills: NeedSkillInput[];
}

@InputType()
export class CreateNeedInput extends NeedInput {
  @Field(() => ID, { description: 'The company the need is posted for (the caller must be a member).' })
  @IsUUID()
  organisationId: string;
}
