import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../common/scalars/date.scalar';
import { OfferKind, SkillLevel } from '../common/enums';
import { BoardEntryInput } from '../common/board-entry.input';
import { MAX_SKILLS } from '../common/text-fields';

@InputType()
export class OfferSkillInput {
  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field(() => SkillLevel)
  @IsEnum(SkillLevel)
  level: SkillLevel;
}

@InputType({ description: 'Everything an offer says; an update replaces all of it.' })
export class OfferInput extends BoardEntryInput {
  @Field(() => Int, { description: 'How far the offer reaches from its municipality, 0 to 500 km.' })
  @IsInt()
  @Min(0)
  @Max(500)
  radiusKm: number;

  @Field(() => DateScalar)
  @IsDate()
  availableFrom: Date;

  @Field()
  @IsBoolean()
  remoteWilling: boolean;

  @Field(() => [OfferSkillInput], { description: `1 to ${MAX_SKILLS} skills, each once.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SKILLS)
  @ValidateNested({ each: true })
  @Type(() => OfferSkillInput)
  skills: OfferSkillInput[];
}

@InputType()
export class CreateOfferInput extends OfferInput {
  @Field(() => OfferKind)
  @IsEnum(OfferKind)
  kind: OfferKind;

  @Field(() => ID, { nullable: true, description: 'The offering organisation (the caller must be a member); null for TALENT, which is the caller’s own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
