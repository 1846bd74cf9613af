import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DECISION_REASON_LENGTH, PROJECT_TITLE_LENGTH, PROJECT_UPDATE_LENGTH } from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';
import { DateScalar } from '../../common/scalars/date.scalar';

const reason = `${DECISION_REASON_LENGTH.min} to ${DECISION_REASON_LENGTH.max} characters`;

@ArgsType()
export class DecisionArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: `Required when declining (${reason}); told to the other side.` })
  @IsOptional()
  @IsString()
  @Length(DECISION_REASON_LENGTH.min, DECISION_REASON_LENGTH.max)
  @MultiLine()
  reason?: string | null;
}

@ArgsType()
export class AddMilestoneArgs {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field()
  @IsString()
  @Length(PROJECT_TITLE_LENGTH.min, PROJECT_TITLE_LENGTH.max)
  title: string;

  @Field(() => DateScalar)
  @IsDate()
  dueOn: Date;
}

@ArgsType()
export class MoveMilestoneArgs {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field(() => DateScalar)
  @IsDate()
  dueOn: Date;

  @Field({ description: `Why the date moves, ${reason}; shown in the history.` })
  @IsString()
  @Length(DECISION_REASON_LENGTH.min, DECISION_REASON_LENGTH.max)
  @MultiLine()
  reason: string;
}

@ArgsType()
export class ProjectUpdateArgs {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field({ description: `${PROJECT_UPDATE_LENGTH.min} to ${PROJECT_UPDATE_LENGTH.max} characters.` })
  @IsString()
  @Length(PROJECT_UPDATE_LENGTH.min, PROJECT_UPDATE_LENGTH.max)
  @MultiLine()
  text: string;
}

@ArgsType()
export class ProjectOrganisationArgs {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}
