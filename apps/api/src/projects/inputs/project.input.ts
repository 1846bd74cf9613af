import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PROJECT_MAX_REGIONS, PROJECT_TEXT_LENGTH, PROJECT_TITLE_LENGTH } from '@wiw/domain';
import { ProjectStatus, RegionKey, TopicFieldKey } from '../../common/graphql/enums';
import { MultiLine } from '../../common/graphql/input-text';
import { DateScalar } from '../../common/scalars/date.scalar';

/** Start and end of a project, both optional (the end not before the start). */
@InputType({ isAbstract: true })
abstract class ProjectDatesInput {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  startsOn?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  endsOn?: Date | null;
}

@InputType({ description: 'A new project in a topic field. A coordinator’s proposal is approved at once; an owner’s waits for the joint office.' })
export class ProposeProjectInput extends ProjectDatesInput {
  @Field(() => TopicFieldKey)
  @IsEnum(TopicFieldKey)
  topicField: TopicFieldKey;

  @Field({ description: `${PROJECT_TITLE_LENGTH.min} to ${PROJECT_TITLE_LENGTH.max} characters.` })
  @IsString()
  @Length(PROJECT_TITLE_LENGTH.min, PROJECT_TITLE_LENGTH.max)
  title: string;

  @Field({ description: `What the project wants to reach, ${PROJECT_TEXT_LENGTH.min} to ${PROJECT_TEXT_LENGTH.max} characters.` })
  @IsString()
  @Length(PROJECT_TEXT_LENGTH.min, PROJECT_TEXT_LENGTH.max)
  @MultiLine()
  goal: string;

  @Field()
  @IsString()
  @Length(PROJECT_TEXT_LENGTH.min, PROJECT_TEXT_LENGTH.max)
  @MultiLine()
  description: string;

  @Field(() => ID, { description: 'The lead organisation; an owner proposing must own it.' })
  @IsUUID()
  leadOrganisationId: string;

  @Field(() => [RegionKey])
  @ArrayMaxSize(PROJECT_MAX_REGIONS)
  @IsEnum(RegionKey, { each: true })
  regions: RegionKey[];

  @Field({ description: 'Whether organisations can apply to take part.' })
  @IsBoolean()
  openForParticipants: boolean;
}

@InputType({ description: 'What the lead changes; fields left out stay as they are.' })
export class UpdateProjectInput extends ProjectDatesInput {
  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(PROJECT_TEXT_LENGTH.min, PROJECT_TEXT_LENGTH.max)
  @MultiLine()
  goal?: string | null;

  @Field(() => [RegionKey], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(PROJECT_MAX_REGIONS)
  @IsEnum(RegionKey, { each: true })
  regions?: RegionKey[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openForParticipants?: boolean | null;
}
