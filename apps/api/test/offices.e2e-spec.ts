import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp();
let stadtDortmund: string;
beforeAll(async () => {
  stadtDortmund = (await app().db.database.prisma.organisation.findUniqueOrThrow({ where: { slug: 'stadt-dortmund' } })).id;
});

const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);

/** A signed-in person who is a member of Stadt Dortmund. */
async function cityStaff(): Promise<{ email: string; cookie: string; userId: string }> {
  const person = await signedIn();
  const user = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: person.email } });
  await app().db.database.prisma.membership.create({ data: { userId: user.id, organisationId: stadtDortmund, role: 'MEMBER' } });
  return { ...person, userId: user.id };
}

const HAND_OVER = `mutation($office: ID!, $user: ID!) { handOverOffice(officeId: $office, successorUserId: $user) { title holder { userId } history { userId endedAt } } }`;

describe('offices', () => {
  it('carry their role to the holder; a handover moves it, ends the predecessor’s sessions and keeps the history', async () => {
    const office = await coordinator();
    const created = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Bürgermeisterin Dortmund", titleEn: "Mayor of Dortmund" }) { id title role holder { userId } } }`,
      { org: stadtDortmund },
      office,
    );
    const officeId = (created.body.data?.createOffice as { id: string }).id;
    expect(created.body.data?.createOffice).toMatchObject({ title: 'Bürgermeisterin Dortmund', role: 'OFFICIAL', holder: null });

    const first = await cityStaff();
    const second = await cityStaff();
    await call(HAND_OVER, { office: officeId, user: first.userId }, office);
    expect((await call(`{ me { roles } }`, {}, first.cookie)).body.data).toEqual({ me: { roles: ['OFFICIAL'] } });

    const handed = await call(HAND_OVER, { office: officeId, user: second.userId }, office, 'en');
    expect(handed.body.data?.handOverOffice).toMatchObject({ title: 'Mayor of Dortmund', holder: { userId: second.userId } });
    const history = (handed.body.data?.handOverOffice as { history: Array<{ userId: string; endedAt: string | null }> }).history;
    expect(history.map((term) => [term.userId, term.endedAt === null])).toEqual([
      [second.userId, true],
      [first.userId, false],
    ]);

    // The predecessor is signed out everywhere; signing in again gives no OFFICIAL role any more.
    expect((await call(`{ me { id } }`, {}, first.cookie)).body.data).toEqual({ me: null });
    const again = await call(`mutation($e: String!) { signIn(input: { email: $e, password: "Sauerländer Drahtzieher 2026" }) { roles } }`, {
      e: first.email,
    });
    expect(again.body.data?.signIn).toEqual({ roles: [] });
    expect((await call(`{ me { roles } }`, {}, second.cookie)).body.data).toEqual({ me: { roles: ['OFFICIAL'] } });
    const event = await app().db.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'office.handed_over', entityId: officeId },
      orderBy: { occurredAt: 'desc' },
    });
    expect(event.changes).toMatchObject({ holder: { from: first.userId, to: second.userId } });
  });

  it('go only to members of the organisation, and are refused for unknown offices and duplicate titles', async () => {
    const office = await coordinator();
    const created = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Stadtdirektorin", titleEn: "City director" }) { id } }`,
      { org: stadtDortmund },
      office,
    );
    const officeId = (created.body.data?.createOffice as { id: string }).id;
    const outsider = await signedIn();
    const outsiderId = (await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: outsider.email } })).id;
    expect((await call(HAND_OVER, { office: officeId, user: outsiderId }, office)).body.errors?.[0]?.extensions?.code).toBe('SUCCESSOR_NOT_MEMBER');
    expect(
      (await call(HAND_OVER, { office: '00000000-0000-4000-8000-000000000000', user: outsiderId }, office)).body.errors?.[0]?.extensions?.code,
    ).toBe('OFFICE_NOT_FOUND');
    const duplicate = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Stadtdirektorin", titleEn: "x y" }) { id } }`,
      { org: stadtDortmund },
      office,
    );
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('OFFICE_EXISTS');
  });

  it('never have two holders, even when two handovers race', async () => {
    const office = await coordinator();
    const created = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Kämmerer", titleEn: "Treasurer" }) { id } }`,
      { org: stadtDortmund },
      office,
    );
    const officeId = (created.body.data?.createOffice as { id: string }).id;
    const people = await Promise.all([cityStaff(), cityStaff(), cityStaff(), cityStaff()]);
    await Promise.all(people.map((person) => call(HAND_OVER, { office: officeId, user: person.userId }, office)));
    expect(await app().db.database.prisma.officeTerm.count({ where: { officeId, endedAt: null } })).toBe(1);
    expect(await app().db.database.prisma.officeTerm.count({ where: { officeId } })).toBe(4);
  });

  it('cannot make a coordinator an administrator: ADMIN and COORDINATOR offices are for administrators only', async () => {
    const office = await coordinator();
    const me = (await call(`{ me { id } }`, {}, office)).body.data!.me as { id: string };
    const ownOrganisation = (await app().db.database.prisma.membership.findFirstOrThrow({ where: { userId: me.id } })).organisationId;
    for (const role of ['ADMIN', 'COORDINATOR']) {
      const attempt = await call(
        `mutation($org: ID!, $role: PlatformRole!) { createOffice(input: { organisationId: $org, titleDe: "Leitung ${role}", titleEn: "Head ${role}", role: $role }) { id } }`,
        { org: ownOrganisation, role },
        office,
      );
      expect(attempt.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // An ADMIN office an administrator created cannot be handed to the coordinator by the coordinator.
    const admin = await signedInAs('admin@demo.example.org');
    const created = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Systemverwaltung", titleEn: "System administration", role: ADMIN }) { id } }`,
      { org: ownOrganisation },
      admin,
    );
    const adminOffice = (created.body.data?.createOffice as { id: string }).id;
    expect((await call(HAND_OVER, { office: adminOffice, user: me.id }, office)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(`{ me { roles } }`, {}, office)).body.data).toEqual({ me: { roles: ['COORDINATOR'] } });
    expect(await app().db.database.prisma.officeTerm.count({ where: { officeId: adminOffice } })).toBe(0);
  });
});
