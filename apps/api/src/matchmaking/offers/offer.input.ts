import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ENTRY_SKILLS, OFFER_RADIUS_KM } from '@wiw/domain';
import { DateScalar } from '../../common/scalars/date.scalar';
import { OfferKind, SkillLevel } from '../common/enums';
import { BoardEntryInput } from '../common/board-entry.input';

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
  @Field(() => Int, { description: `How far the offer reaches from its municipality, ${OFFER_RADIUS_KM.min} to ${OFFER_RADIUS_KM.max} km.` })
  @IsInt()
  @Min(OFFER_RADIUS_KM.min)
  @Max(OFFER_RADIUS_KM.max)
  radiusKm: number;

  @Field(() => DateScalar)
  @IsDate()
  availableFrom: Date;

  @Field()
  @IsBoolean()
  remoteWilling: boolean;

  @Field(() => [OfferSkillInput], { description: `${ENTRY_SKILLS.min} to ${ENTRY_SKILLS.max} skills, each once.` })
  @ArrayMinSize(ENTRY_SKILLS.min)
  @ArrayMaxSize(ENTRY_SKILLS.max)
  @ValidateNested({ each: true })
  @Type(() => OfferSkillInput)
  skills: OfferSkillInput[];
}

@InputType()
export class CreateOfferInput extends OfferInput {
  @Field(() => OfferKind)
  @IsEnum(OfferKind)
  kind: OfferKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The offering organisation (the caller must be a member); null for TALENT, which is the caller’s own.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
