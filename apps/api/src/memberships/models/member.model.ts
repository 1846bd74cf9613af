import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '@wiw/db';

@ObjectType({ description: 'A member of one of my organisations (visible to members of that organisation only).' })
export class Member {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field()
  since: Date;
}

@ObjectType({ description: 'An open invitation of one of my organisations.' })
export class PendingInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'An organisation I belong to, with its members and (for owners) open invitations.' })
export class MyOrganisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  verified: boolean;

  @Field(() => MembershipRole, { description: 'My role in it.' })
  myRole: MembershipRole;

  @Field(() => [Member])
  members: Member[];

  @Field(() => [PendingInvitation], { description: 'Empty unless I am an owner.' })
  invitations: PendingInvitation[];
}
