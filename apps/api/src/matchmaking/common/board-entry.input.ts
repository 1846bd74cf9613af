import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { DESCRIPTION_MAX_LENGTH, TITLE_LENGTH } from '@wiw/domain';
import { MULTI_LINE, SINGLE_LINE } from '../../common/validation/text-patterns';

/** What needs and offers both say: title, description and place. */
@InputType({ isAbstract: true })
export abstract class BoardEntryInput {
  @Field()
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  @Matches(SINGLE_LINE)
  title: string;

  @Field()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  @Matches(MULTI_LINE)
  description: string;

  @Field(() => ID)
  @IsUUID()
  municipalityId: string;
}
