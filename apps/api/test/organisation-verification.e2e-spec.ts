import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp({ municipality: 'Soest' });

const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);
const SEARCH = `query($search: String!, $verified: Boolean) { organisations(first: 10, filter: { search: $search, verified: $verified }) { totalCount edges { node { id verified } } } }`;

describe('organisations awaiting verification', () => {
  it('stay out of the public directory until the joint office verifies them', async () => {
    const owner = await signedIn();
    const org = await app().db.database.prisma.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: owner.email } } } } });
    const search = org.name;

    expect((await call(SEARCH, { search })).body.data).toEqual({ organisations: { totalCount: 0, edges: [] } });
    expect((await call(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id })).body.errors?.[0]?.extensions?.code).toBe(
      'ORGANISATION_NOT_FOUND',
    );
    expect((await call(`query($id: ID!) { organisation(id: $id) { id verified } }`, { id: org.id }, owner.cookie)).body.data).toEqual({
      organisation: { id: org.id, verified: false },
    });

    const stranger = await signedIn();
    expect((await call(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id }, stranger.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'ORGANISATION_NOT_FOUND',
    );
    expect((await call(SEARCH, { search, verified: false }, stranger.cookie)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const office = await coordinator();
    const queue = await call(SEARCH, { search, verified: false }, office);
    expect(queue.body.data).toEqual({ organisations: { totalCount: 1, edges: [{ node: { id: org.id, verified: false } }] } });

    const verified = await call(`mutation($id: ID!) { verifyOrganisation(id: $id) { id verified } }`, { id: org.id }, office);
    expect(verified.body.data).toEqual({ verifyOrganisation: { id: org.id, verified: true } });
    expect((await call(SEARCH, { search })).body.data).toEqual({
      organisations: { totalCount: 1, edges: [{ node: { id: org.id, verified: true } }] },
    });
    const event = await app().db.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'organisation.verified', entityId: org.id } });
    expect(event.actorUserId).not.toBeNull();

    // Verifying again changes nothing and writes no second event.
    await call(`mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: org.id }, office);
    expect(await app().db.database.prisma.auditEvent.count({ where: { action: 'organisation.verified', entityId: org.id } })).toBe(1);
  });

  it('cannot be verified by the organisation itself', async () => {
    const owner = await signedIn();
    const org = await app().db.database.prisma.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: owner.email } } } } });
    const reply = await call(`mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: org.id }, owner.cookie);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app().db.database.prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).verifiedAt).toBeNull();
  });
});

describe('platform roles', () => {
  const GRANT = `mutation($userId: ID!, $role: PlatformRole!) { grantRole(userId: $userId, role: $role) }`;
  const WITHDRAW = `mutation($userId: ID!, $role: PlatformRole!) { withdrawRole(userId: $userId, role: $role) }`;

  it('coordinators hand out OFFICIAL and ADVISOR, administrators any role; the new role takes effect at once', async () => {
    const person = await signedIn();
    const userId = (await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: person.email } })).id;
    const office = await coordinator();
    expect((await call(GRANT, { userId, role: 'ADVISOR' }, office)).body.data).toEqual({ grantRole: true });
    expect((await call(GRANT, { userId, role: 'ADVISOR' }, office)).body.data).toEqual({ grantRole: false });
    expect((await call(`{ me { roles } }`, {}, person.cookie)).body.data).toEqual({ me: { roles: ['ADVISOR'] } });
    expect((await call(GRANT, { userId, role: 'ADMIN' }, office)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(GRANT, { userId, role: 'COORDINATOR' }, office)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = await signedInAs('admin@demo.example.org');
    expect((await call(GRANT, { userId, role: 'COORDINATOR' }, admin)).body.data).toEqual({ grantRole: true });
    expect((await call(WITHDRAW, { userId, role: 'ADVISOR' }, office)).body.data).toEqual({ withdrawRole: true });
    expect((await call(`{ me { roles } }`, {}, person.cookie)).body.data).toEqual({ me: { roles: ['COORDINATOR'] } });
    const actions = (
      await app().db.database.prisma.auditEvent.findMany({
        where: { entityId: userId, action: { startsWith: 'role.' } },
        orderBy: { occurredAt: 'asc' },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(['role.granted', 'role.granted', 'role.withdrawn']);
  });

  it('answers unknown people and roles with coded errors', async () => {
    const office = await coordinator();
    expect((await call(GRANT, { userId: '00000000-0000-4000-8000-000000000000', role: 'ADVISOR' }, office)).body.errors?.[0]?.extensions?.code).toBe(
      'USER_NOT_FOUND',
    );
    expect((await call(GRANT, { userId: 'nope', role: 'ADVISOR' }, office)).body.errors?.[0]?.extensions?.code).toBe('USER_NOT_FOUND');
    expect((await call(GRANT, { userId: '00000000-0000-4000-8000-000000000000', role: 'KING' }, office)).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
