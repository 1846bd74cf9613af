import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlatformRole } from '@wiw/db';

@ObjectType({ description: 'One holder of an office and when.' })
export class OfficeTermInfo {
  @Field(() => ID)
  userId: string;

  @Field()
  holderName: string;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;
}

@ObjectType({ description: 'An office of an organisation (e.g. a mayor) and the platform role it carries.' })
export class Office {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({ description: "Title in the caller's language." })
  title: string;

  @Field(() => PlatformRole)
  role: PlatformRole;

  @Field(() => OfficeTermInfo, { nullable: true, description: 'The current holder, if any.' })
  holder: OfficeTermInfo | null;

  @Field(() => [OfficeTermInfo], { description: 'Every holder, newest first.' })
  history: OfficeTermInfo[];
}
