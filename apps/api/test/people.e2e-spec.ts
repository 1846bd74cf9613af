import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { everyPage } from './support/paging';

const { app, municipality } = useDemoApp();

const { call, signedIn, coordinator } = accountsClient(app, municipality);

const PEOPLE = `query($first: Int!, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name email emailVerified grantedRoles offices memberships { organisationName role } } }
  }
}`;

interface PeoplePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{
    node: {
      id: string;
      name: string;
      email: string;
      grantedRoles: string[];
      offices: string[];
      memberships: Array<{ organisationName: string; role: string }>;
    };
  }>;
}

describe('people (joint office)', () => {
  it('finds people by name or address, with their roles, offices and memberships', async () => {
    const cookie = await coordinator();
    const reply = await call(PEOPLE, { first: 10, filter: { search: 'velkamp' } }, cookie);
    const page = reply.body.data?.people as PeoplePage;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0]!.node).toMatchObject({
      name: 'Vera Velkamp',
      email: 'velkamp@demo.example.org',
      grantedRoles: [],
      memberships: [{ role: 'OWNER' }],
    });

    const byWords = (await call(PEOPLE, { first: 10, filter: { search: 'BEN berater' } }, cookie)).body.data?.people as PeoplePage;
    expect(byWords.edges.map((edge) => edge.node.email)).toEqual(['beratung@demo.example.org']);
    const advisors = (await call(PEOPLE, { first: 10, filter: { role: 'ADVISOR' } }, cookie)).body.data?.people as PeoplePage;
    expect(advisors.edges.map((edge) => edge.node.grantedRoles)).toEqual([['ADVISOR']]);
  });

  it('counts office holders under the office’s role and filters by organisation', async () => {
    const cookie = await coordinator();
    const person = await signedIn();
    const user = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: person.email }, include: { memberships: true } });
    const organisationId = user.memberships[0]!.organisationId;
    const office = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Geschäftsführung", titleEn: "Management" }) { id } }`,
      { org: organisationId },
      cookie,
    );
    const officeId = (office.body.data?.createOffice as { id: string }).id;
    await call(`mutation($o: ID!, $u: ID!) { handOverOffice(officeId: $o, successorUserId: $u) { id } }`, { o: officeId, u: user.id }, cookie);

    const members = (await call(PEOPLE, { first: 10, filter: { organisationId } }, cookie, 'en')).body.data?.people as PeoplePage;
    expect(members.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ id: user.id, grantedRoles: [], offices: ['Management'] })]);
    const officials = (await call(PEOPLE, { first: 100, filter: { role: 'OFFICIAL' } }, cookie)).body.data?.people as PeoplePage;
    expect(officials.edges.map((edge) => edge.node.id)).toContain(user.id);
  });

  it('pages through everyone in name order without gaps or repeats', async () => {
    const cookie = await coordinator();
    await Promise.all([signedIn(), signedIn()]);
    const all = (await call(PEOPLE, { first: 100 }, cookie)).body.data?.people as PeoplePage;
    const page = async (after: string | null) => (await call(PEOPLE, { first: 2, after }, cookie)).body.data?.people as PeoplePage;
    const seen = (await everyPage(page, all.totalCount)).map((node) => node.id);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it('leaves deleted accounts out and refuses bad filters with coded errors', async () => {
    const cookie = await coordinator();
    const person = await signedIn();
    await call(`mutation { deleteMyAccount(password: "Sauerländer Drahtzieher 2026") }`, {}, person.cookie);
    const found = (await call(PEOPLE, { first: 10, filter: { search: person.email } }, cookie)).body.data?.people as PeoplePage;
    expect(found.totalCount).toBe(0);
    expect((await call(PEOPLE, { first: 10, filter: { search: 'x'.repeat(101) } }, cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await call(PEOPLE, { first: 10, filter: { organisationId: 'nope' } }, cookie)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(PEOPLE, { first: 101 }, cookie)).body.errors?.[0]?.extensions?.code).toBeDefined();
  });

  it('is closed to everyone but the joint office and administrators', async () => {
    const company = await signedIn();
    expect((await call(PEOPLE, { first: 10 }, company.cookie)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(PEOPLE, { first: 10 })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
