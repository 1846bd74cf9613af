import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { CANCEL_REGISTRATION, CREATE_MEETING, REGISTER, meetingInput, participants } from './support/meetings';

const { app, municipality } = useDemoApp({ demoAccounts: false });
const { call } = accountsClient(app, municipality);

/**
 * "Arrival order" is the order in which the database accepted the registrations: each one takes
 * the meeting's row lock, and the n-th transaction to get it receives arrivalNumber n. Seats must
 * go to exactly the first `capacity` arrivals, the waitlist must be in arrival order, and a freed
 * seat must go to the earliest waitlisted arrival — whatever the order the requests were sent in.
 */
describe('200 concurrent registrations for 50 seats', () => {
  it('seat exactly the first 50 arrivals, waitlist the other 150 in order, and move the earliest up on cancellations', async () => {
    const { people, organisationIds } = await participants(app(), 201, 20);
    const organiser = people.pop()!;
    const created = await call(CREATE_MEETING, { input: meetingInput(organiser.organisationId, { capacity: 50 }) }, organiser.cookie);
    const meetingId = (created.body.data!.createMeeting as { id: string }).id;
    expect(organisationIds).toHaveLength(20);

    const replies = await Promise.all(people.map((p) => call(REGISTER, { input: { meetingId, organisationId: p.organisationId } }, p.cookie)));
    const errors = replies.filter((reply) => !reply.body.data);
    expect(errors.map((reply) => reply.body.errors)).toEqual([]);
    const regs = replies.map(
      (reply) =>
        reply.body.data!.registerForMeeting as { id: string; status: string; arrivalNumber: number; waitlistPosition: number | null; code: string },
    );
    expect(regs.filter((r) => r.status === 'REGISTERED')).toHaveLength(50);
    expect(regs.filter((r) => r.status === 'WAITLISTED')).toHaveLength(150);
    // Arrival numbers are 1..200 without gaps or repeats; seats went to 1..50.
    expect(regs.map((r) => r.arrivalNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (const r of regs) {
      if (r.arrivalNumber <= 50) expect(r).toMatchObject({ status: 'REGISTERED', waitlistPosition: null });
      else expect(r).toMatchObject({ status: 'WAITLISTED', waitlistPosition: r.arrivalNumber - 50 });
    }
    expect(new Set(regs.map((r) => r.code)).size).toBe(200);

    // Ten seated people cancel at once: the ten earliest waitlisted arrivals (51..60) move up, nobody else.
    const leaving = regs.filter((r) => r.arrivalNumber <= 10);
    const cancels = await Promise.all(leaving.map((r) => call(CANCEL_REGISTRATION, { id: r.id }, people[regs.indexOf(r)]!.cookie)));
    expect(cancels.filter((reply) => !reply.body.data)).toEqual([]);
    const rows = await app().db.database.prisma.meetingRegistration.findMany({ where: { meetingId }, orderBy: { arrivalNumber: 'asc' } });
    expect(rows.filter((row) => row.status === 'REGISTERED').map((row) => row.arrivalNumber)).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    expect(rows.filter((row) => row.status === 'WAITLISTED').map((row) => row.arrivalNumber)).toEqual(Array.from({ length: 140 }, (_, i) => i + 61));
    expect(rows.filter((row) => row.promotedAt).map((row) => row.arrivalNumber)).toEqual(Array.from({ length: 10 }, (_, i) => i + 51));
    // 200 transactions in a row on a shared, loaded machine: about 10–25 s there (see docs/PERFORMANCE.md).
  }, 120_000);
});
