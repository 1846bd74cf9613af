import { DEMO_PASSWORD, seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { DEMO_ADVISORS, seedDemoWorkbench } from '../src/workbench/demo-workbench';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('workbench demo data', () => {
  it('gives advisors of member organisations formats in all five topic fields, availability and bookings, once', async () => {
    const prisma = t.db.database.prisma;
    const passwords = new PasswordHasher();
    await seedDemoAccounts(prisma, passwords);
    expect(await seedDemoWorkbench(prisma, passwords)).toBe(5);
    expect(await seedDemoWorkbench(prisma, passwords)).toBe(0);

    const formats = await prisma.consultationFormat.findMany({ include: { organisation: true } });
    expect(new Set(formats.map((format) => format.topicFieldKey))).toEqual(
      new Set(['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE']),
    );
    expect(formats.every((format) => format.organisation.isMember)).toBe(true);
    expect(await prisma.availabilityRule.count()).toBeGreaterThanOrEqual(DEMO_ADVISORS.length);
    const bookings = await prisma.booking.findMany({ include: { slot: true } });
    expect(bookings).toHaveLength(4);
    expect(bookings.every((booking) => booking.slot.startsAt > new Date())).toBe(true);

    // The extra advisors can sign in and see their schedule through the API.
    const signIn = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
        variables: { input: { email: 'werkbank-dortmund@demo.example.org', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const schedule = await t.gql<{ advisorSchedule: Array<{ bookings: Array<{ agenda: string }> }> }>(
      `{ advisorSchedule(from: "${from}", to: "${to}") { bookings { agenda } } }`,
      {},
      { cookie },
    );
    expect(schedule.body.data!.advisorSchedule.flatMap((slot) => slot.bookings.map((booking) => booking.agenda))).toEqual([
      'Wie gewinnen wir Fachkräfte aus Dortmund für unseren Standort im Sauerland?',
    ]);
  });
});
