import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole, PlatformRole } from '@wiw/db';
import { ConnectionType } from '../../common/pagination/pagination';

@ObjectType({ description: 'A membership of a person, as the joint office sees it.' })
export class PersonMembership {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => MembershipRole)
  role: MembershipRole;
}

@ObjectType({ description: 'A person with an account, for the joint office (assigning roles and offices).' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'The e-mail address has been confirmed.' })
  emailVerified: boolean;

  @Field(() => [PlatformRole], { description: 'Roles granted directly (withdrawable); roles of offices are listed with the offices.' })
  grantedRoles: PlatformRole[];

  @Field(() => [String], { description: "Titles of the offices the person holds now, in the caller's language." })
  offices: string[];

  @Field(() => [PersonMembership])
  memberships: PersonMembership[];
}

@ObjectType()
export class PersonConnection extends ConnectionType(Person, 'Person') {}
