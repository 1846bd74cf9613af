import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ENTRY_SKILLS, HEADCOUNT } from '@wiw/domain';
import { TopicFieldKey } from '../../common/graphql/enums';
import { DateScalar } from '../../common/scalars/date.scalar';
import { NeedKind, RemoteMode, SkillLevel, SkillWeight } from '../common/enums';
import { BoardEntryInput } from '../common/board-entry.input';

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
  @Field(() => Int, { description: `How many people, ${HEADCOUNT.min} to ${HEADCOUNT.max}.` })
  @IsInt()
  @Min(HEADCOUNT.min)
  @Max(HEADCOUNT.max)
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

  @Field(() => [NeedSkillInput], { description: `${ENTRY_SKILLS.min} to ${ENTRY_SKILLS.max} skills, each once.` })
  @ArrayMinSize(ENTRY_SKILLS.min)
  @ArrayMaxSize(ENTRY_SKILLS.max)
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
