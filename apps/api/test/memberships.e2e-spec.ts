import { accountsClient, PASSWORD, SIGN_IN } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp({ municipality: 'Attendorn', demoAccounts: false });

const { call, mailedToken, signedIn } = accountsClient(app, municipality);
const MINE = `{ myOrganisations { id name myRole members { name email role } invitations { email role } } }`;
const INVITE = `mutation($org: ID!, $email: String!, $role: MembershipRole) { inviteMember(input: { organisationId: $org, email: $email, role: $role }) }`;
const JOIN = `mutation($input: SignUpWithInvitationInput!) { signUpWithInvitation(input: $input) }`;

interface Mine {
  myOrganisations: Array<{
    id: string;
    name: string;
    myRole: string;
    members: Array<{ email: string; role: string }>;
    invitations: Array<{ email: string }>;
  }>;
}

async function ownerWithOrganisation() {
  const owner = await signedIn();
  const mine = (await call(MINE, {}, owner.cookie)).body.data as unknown as Mine;
  return { ...owner, organisationId: mine.myOrganisations[0]!.id };
}

describe('members and invitations', () => {
  it('an owner invites a new person, who joins with the link and then sees the members', async () => {
    const owner = await ownerWithOrganisation();
    const invitee = `neu.${Date.now()}@example.org`;
    expect((await call(INVITE, { org: owner.organisationId, email: invitee.toUpperCase() }, owner.cookie)).body.data).toEqual({ inviteMember: true });
    const ownerView = (await call(MINE, {}, owner.cookie)).body.data as unknown as Mine;
    expect(ownerView.myOrganisations[0]!.invitations).toEqual([{ email: invitee, role: 'MEMBER' }]);

    const token = await mailedToken(invitee, 'invitation');
    expect((await call(JOIN, { input: { token, name: 'Nina Neu', password: 'Lennestadt bei Nacht 42' } })).body.data).toEqual({
      signUpWithInvitation: invitee,
    });
    expect((await call(JOIN, { input: { token, name: 'Nina Neu', password: 'Lennestadt bei Nacht 42' } })).body.errors?.[0]?.extensions?.code).toBe(
      'INVITATION_INVALID',
    );

    const signIn = await call(SIGN_IN, { input: { email: invitee, password: 'Lennestadt bei Nacht 42' } });
    const cookie = signIn.cookies[0]!.split(';')[0]!;
    const view = (await call(MINE, {}, cookie)).body.data as unknown as Mine;
    expect(view.myOrganisations).toHaveLength(1);
    expect(view.myOrganisations[0]).toMatchObject({ id: owner.organisationId, myRole: 'MEMBER', invitations: [] });
    expect(view.myOrganisations[0]!.members.map((m) => m.email).sort()).toEqual([owner.email, invitee].sort());
  });

  it('an existing account accepts an invitation only for its own address', async () => {
    const owner = await ownerWithOrganisation();
    const existing = await signedIn();
    const other = await signedIn();
    await call(INVITE, { org: owner.organisationId, email: existing.email, role: 'OWNER' }, owner.cookie);
    const token = await mailedToken(existing.email, 'invitation');
    const wrong = await call(`mutation($token: String!) { acceptInvitation(token: $token) }`, { token }, other.cookie);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('INVITATION_FOR_OTHER_ADDRESS');
    // A refused attempt does not use the invitation up.
    const right = await call(`mutation($token: String!) { acceptInvitation(token: $token) }`, { token }, existing.cookie);
    expect(right.body.data).toEqual({ acceptInvitation: owner.organisationId });
    const view = (await call(MINE, {}, existing.cookie)).body.data as unknown as Mine;
    expect(view.myOrganisations.find((o) => o.id === owner.organisationId)?.myRole).toBe('OWNER');
  });

  it('only owners invite and remove; the last owner stays; members of other organisations see nothing', async () => {
    const owner = await ownerWithOrganisation();
    const outsider = await signedIn();
    expect((await call(INVITE, { org: owner.organisationId, email: 'x@example.org' }, outsider.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'NOT_ORGANISATION_OWNER',
    );
    const outsiderView = (await call(MINE, {}, outsider.cookie)).body.data as unknown as Mine;
    expect(outsiderView.myOrganisations.map((o) => o.id)).not.toContain(owner.organisationId);
    expect(JSON.stringify(outsiderView)).not.toContain(owner.email);

    const ownerId = (await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: owner.email } })).id;
    const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`;
    expect((await call(REMOVE, { org: owner.organisationId, user: ownerId }, owner.cookie)).body.errors?.[0]?.extensions?.code).toBe('LAST_OWNER');
    expect((await call(REMOVE, { org: owner.organisationId, user: ownerId }, outsider.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'NOT_ORGANISATION_OWNER',
    );
    expect((await call(REMOVE, { org: owner.organisationId, user: 'nope' }, owner.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('an owner removes a member, audited', async () => {
    const owner = await ownerWithOrganisation();
    const member = await signedIn();
    await call(INVITE, { org: owner.organisationId, email: member.email }, owner.cookie);
    await call(
      `mutation($token: String!) { acceptInvitation(token: $token) }`,
      { token: await mailedToken(member.email, 'invitation') },
      member.cookie,
    );
    const memberId = (await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: member.email } })).id;
    expect(
      (
        await call(
          `mutation($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
          { org: owner.organisationId, user: memberId },
          owner.cookie,
        )
      ).body.data,
    ).toEqual({ removeMember: true });
    const view = (await call(MINE, {}, member.cookie)).body.data as unknown as Mine;
    expect(view.myOrganisations.map((o) => o.id)).not.toContain(owner.organisationId);
    expect(
      await app().db.database.prisma.auditEvent.count({ where: { action: 'membership.removed', actingOrganisationId: owner.organisationId } }),
    ).toBe(1);
  });

  it('refuses invitations with bad input', async () => {
    const owner = await ownerWithOrganisation();
    expect((await call(INVITE, { org: owner.organisationId, email: 'not-an-address' }, owner.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await call(INVITE, { org: 'nope', email: 'a@example.org' }, owner.cookie)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(JOIN, { input: { token: 'A'.repeat(43), name: 'X', password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe(
      'INVITATION_INVALID',
    );
  });
});
