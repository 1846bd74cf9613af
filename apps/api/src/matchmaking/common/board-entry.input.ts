import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DESCRIPTION_MAX_LENGTH, TITLE_LENGTH } from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';

/** What needs and offers both say: title, description and place. */
@InputType({ isAbstract: true })
export abstract class BoardEntryInput {
  @Field()
  @IsString()
  @Length(TITLE_LENGTH.min, TITLE_LENGTH.max)
  title: string;

  @Field()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  @MultiLine()
  description: string;

  @Field(() => ID)
  @IsUUID()
  municipalityId: string;
}
