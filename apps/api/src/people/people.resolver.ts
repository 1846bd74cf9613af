import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/decorators';
import { RequestLocale } from '../common/graphql/locale.decorator';
import { pick, type Locale } from '../common/i18n/locale';
import type { Connection } from '../common/pagination/pagination';
import { PeopleArgs } from './inputs/people.args';
import { Person, PersonConnection } from './models/person.model';
import { PeopleService, type PersonRow } from './people.service';

function toPerson(row: PersonRow, locale: Locale): Person {
  return Object.assign(new Person(), {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    grantedRoles: row.roles.map((grant) => grant.role),
    offices: row.officeTerms.map((term) => pick(locale, term.office.titleDe, term.office.titleEn)),
    memberships: row.memberships.map((membership) => ({
      organisationId: membership.organisation.id,
      organisationName: membership.organisation.name,
      role: membership.role,
    })),
  });
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => PersonConnection, {
    description: 'People with accounts, sorted by name (joint office and administrators; deleted accounts are left out).',
  })
  async people(@Args() args: PeopleArgs, @RequestLocale() locale: Locale): Promise<Connection<Person>> {
    const connection = await this.service.list(args.filter, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toPerson(edge.node, locale) })) };
  }
}
