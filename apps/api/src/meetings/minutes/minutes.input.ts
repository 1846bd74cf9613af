import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { DECISION_TEXT_LENGTH, MAX_AGENDA_ITEMS, MAX_DECISIONS_PER_ITEM, MINUTES_TEXT_MAX_LENGTH, PROJECT_TITLE_LENGTH } from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';
import { DateScalar } from '../../common/scalars/date.scalar';

@InputType({
  description: "The milestone a decision creates (no milestoneId, a title) or moves (milestoneId) in a project of the meeting's topic fields.",
})
export class DecisionMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'An existing milestone of the project to move; null: a new milestone.' })
  @IsOptional()
  @IsUUID()
  milestoneId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of a new milestone.' })
  @IsOptional()
  @IsString()
  @Length(PROJECT_TITLE_LENGTH.min, PROJECT_TITLE_LENGTH.max)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: "Who is responsible for reaching it (null: the project's lead)." })
  @IsOptional()
  @IsUUID()
  responsibleOrganisationId?: string | null;

  @Field(() => DateScalar, { description: 'Today (Europe/Berlin) or later.' })
  @IsDate()
  dueOn: Date;
}

@InputType()
export class DecisionInput {
  @Field(() => ID, { nullable: true, description: 'A decision published before: its text is corrected, its number and milestone stay.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: `The decision in German, ${DECISION_TEXT_LENGTH.min} to ${DECISION_TEXT_LENGTH.max} characters.` })
  @IsString()
  @Length(DECISION_TEXT_LENGTH.min, DECISION_TEXT_LENGTH.max)
  @MultiLine()
  textDe: string;

  @Field(() => String, { nullable: true, description: 'The decision in English (null: the German text).' })
  @IsOptional()
  @IsString()
  @Length(DECISION_TEXT_LENGTH.min, DECISION_TEXT_LENGTH.max)
  @MultiLine()
  textEn?: string | null;

  @Field(() => DecisionMilestoneInput, { nullable: true, description: 'Only for a new decision: the milestone it creates or moves.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionMilestoneInput)
  milestone?: DecisionMilestoneInput | null;
}

@InputType()
export class AgendaItemMinutesInput {
  @Field(() => ID)
  @IsUUID()
  agendaItemId: string;

  @Field({ defaultValue: '', description: `What was said, up to ${MINUTES_TEXT_MAX_LENGTH} characters.` })
  @IsString()
  @MaxLength(MINUTES_TEXT_MAX_LENGTH)
  @MultiLine()
  text: string = '';

  @Field(() => [DecisionInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_DECISIONS_PER_ITEM)
  @ValidateNested({ each: true })
  @Type(() => DecisionInput)
  decisions: DecisionInput[] = [];
}

@InputType({ description: 'The whole minutes: publishing again corrects them (version + 1); decisions published before are kept.' })
export class PublishMeetingMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [AgendaItemMinutesInput])
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemMinutesInput)
  items: AgendaItemMinutesInput[];
}
