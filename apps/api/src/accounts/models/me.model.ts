import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, MembershipRole, PlatformRole } from '@wiw/db';

registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'ADMIN, COORDINATOR (joint office), OFFICIAL (mayors, district heads), ADVISOR.',
});

@ObjectType({ description: 'The signed-in person. Only ever about the caller.' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => Locale)
  locale: Locale;

  @Field()
  emailVerified: boolean;

  @Field(() => [PlatformRole])
  roles: PlatformRole[];
}

@ObjectType({ description: 'A signed-in browser of the caller.' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field({ description: 'The session this request came with.' })
  current: boolean;
}

@ObjectType()
export class SignUpResult {
  @Field({ description: 'Where the confirmation link was sent.' })
  email: string;
}
