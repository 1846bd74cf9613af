import { Field, ObjectType } from '@nestjs/graphql';
import { ParticipantRole } from '../../common/graphql/enums';

@ObjectType({ description: "An organisation's part in a project." })
export class ProjectParticipation {
  @Field(() => ParticipantRole)
  role: ParticipantRole;

  projectId: string;
}
