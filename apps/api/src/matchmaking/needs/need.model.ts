import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SkillNeed } from '@wiw/db';
import { DateScalar } from '../../common/scalars/date.scalar';
import { ConnectionType } from '../../common/pagination/pagination';
import { NeedKind, NeedStatus, RemoteMode, SkillLevel, SkillWeight } from '../common/enums';
import { Skill } from '../skills/skill.model';

@ObjectType({ description: 'A skill a need asks for.' })
export class NeedSkillItem {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => SkillWeight)
  weight: SkillWeight;

  @Field(() => SkillLevel)
  level: SkillLevel;
}

@ObjectType('SkillNeed', { description: 'What a company needs: skills, people, place and time.' })
export class Need {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int)
  headcount: number;

  @Field(() => NeedKind)
  kind: NeedKind;

  @Field(() => RemoteMode)
  remoteMode: RemoteMode;

  @Field(() => DateScalar, { nullable: true, description: 'Null: as soon as possible.' })
  startDate: Date | null;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an open need closes unless renewed.' })
  expiresAt: Date | null;

  @Field()
  updatedAt: Date;

  organisationId: string;
  municipalityId: string;
  topicFieldKey: string;

  static from(row: SkillNeed): Need {
    return Object.assign(new Need(), {
      id: row.id,
      title: row.title,
      description: row.description,
      headcount: row.headcount,
      kind: row.kind,
      remoteMode: row.remoteMode,
      startDate: row.startDate,
      status: row.status,
      publishedAt: row.publishedAt,
      expiresAt: row.expiresAt,
      updatedAt: row.updatedAt,
      organisationId: row.organisationId,
      municipalityId: row.municipalityId,
      topicFieldKey: row.topicFieldKey,
    });
  }
}

@ObjectType()
export class NeedConnection extends ConnectionType(Need, 'SkillNeed') {}
