import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PlatformRole } from '@wiw/db';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/pagination';

@InputType({ description: 'All given conditions must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Words found in name or e-mail address (ignoring case). At most 100 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => PlatformRole, { nullable: true, description: 'Holds this role, directly or through an office.' })
  @IsOptional()
  @IsEnum(PlatformRole)
  role?: PlatformRole | null;

  @Field(() => ID, { nullable: true, description: 'Member of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter | null;
}
