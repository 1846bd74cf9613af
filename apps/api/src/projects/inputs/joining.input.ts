import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { APPLICATION_NOTE_LENGTH } from '@wiw/domain';
import { MultiLine } from '../../common/graphql/input-text';

/** The roles an organisation can apply for (LEAD is only handed over). */
export enum ApplicationRole {
  PARTNER = 'PARTNER',
  PILOT_USER = 'PILOT_USER',
  EXPERT = 'EXPERT',
  FUNDER = 'FUNDER',
}
registerEnumType(ApplicationRole, { name: 'ApplicationRole', description: 'Partner, pilot user, expert or funder.' });

@InputType()
export class ApplyToProjectInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID, { description: 'The applying organisation: verified, and the caller one of its members.' })
  @IsUUID()
  organisationId: string;

  @Field(() => ApplicationRole)
  @IsEnum(ApplicationRole)
  role: ApplicationRole;

  @Field({ description: `What the organisation brings, ${APPLICATION_NOTE_LENGTH.min} to ${APPLICATION_NOTE_LENGTH.max} characters.` })
  @IsString()
  @Length(APPLICATION_NOTE_LENGTH.min, APPLICATION_NOTE_LENGTH.max)
  @MultiLine()
  note: string;
}
