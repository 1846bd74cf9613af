import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../src/common/auth/tokens';
import { SESSION_COOKIE } from '../../src/common/auth/cookies';
import type { TestApp } from './test-app';

export const MEETING_FIELDS = `id title kind startsAt endsAt format place visibility status registrationOpen capacity waitlistEnabled
  registrationDeadline perOrganisationCap sequence registeredCount waitlistCount seatsLeft onlineLink viewerCanEdit topicFieldKeys
  organiser { id } municipality { id name } agenda { position title durationMinutes responsibleOrganisation { id } }
  viewerRegistration { id status code }`;
export const REGISTRATION_FIELDS = `id status arrivalNumber code waitlistPosition promotedAt organisation { id } meeting { id onlineLink }`;
export const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const UPDATE_MEETING = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
export const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
export const MEETINGS = `query($filter: MeetingFilter, $first: Int) { meetings(filter: $filter, first: $first) { totalCount edges { node { id title onlineLink } } } }`;
export const MEETINGS_PAGE = `query($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id startsAt } } }
}`;
export const REGISTER = `mutation($input: RegisterForMeetingInput!) { registerForMeeting(input: $input) { ${REGISTRATION_FIELDS} } }`;
export const CANCEL_REGISTRATION = `mutation($id: ID!) { cancelMeetingRegistration(id: $id) { ${REGISTRATION_FIELDS} } }`;
export const MY_REGISTRATIONS = `{ myMeetingRegistrations { ${REGISTRATION_FIELDS} } }`;

const HOUR = 3_600_000;

/** A meeting input from now + `days` days at 18:00 UTC for two hours, public and open for registration. */
export function meetingInput(organiserId: string, overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.now() + 14 * 24 * HOUR);
  start.setUTCHours(16, 0, 0, 0);
  return {
    organiserId,
    title: 'Denkraum Digitalisierung',
    description: 'Unternehmen sprechen über Digitalisierung.',
    kind: 'DENKRAUM_WORKSHOP',
    topicFields: ['IT_COMPETENCE'],
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    format: 'ONLINE',
    onlineLink: 'https://meet.example.org/denkraum',
    visibility: 'PUBLIC',
    registrationOpen: true,
    capacity: 50,
    waitlistEnabled: true,
    agenda: [],
    ...overrides,
  };
}

/**
 * People for meeting tests, written straight into the database (with a session each) so that a
 * race of hundreds of participants does not spend its time hashing passwords: `count` new people,
 * each a member of one of `organisations` new verified companies (round robin), with the Cookie
 * header to send. Everything they do afterwards goes through the GraphQL endpoint.
 */
export async function participants(t: TestApp, count: number, organisations = 1, municipalityName = 'Dortmund') {
  const prisma = t.db.database.prisma;
  const municipality = await prisma.municipality.findFirstOrThrow({ where: { name: municipalityName } });
  const batch = randomUUID().slice(0, 8);
  const orgs = Array.from({ length: organisations }, (_, i) => ({
    id: randomUUID(),
    slug: `meeting-test-${batch}-${i}`,
    name: `Termin Test ${batch} ${i} GmbH`,
    kind: 'COMPANY' as const,
    municipalityId: municipality.id,
    verifiedAt: new Date(),
    sortName: `termin test ${batch} ${i}`,
    searchText: `termin test ${batch} ${i}`,
  }));
  await prisma.organisation.createMany({ data: orgs });
  const people = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `teilnahme.${batch}.${i}@example.org`,
    name: `Teilnehmerin ${i}`,
    passwordHash: 'not-a-password',
    emailVerifiedAt: new Date(),
    organisationId: orgs[i % organisations]!.id,
    token: newToken(),
  }));
  await prisma.user.createMany({
    data: people.map(({ id, email, name, passwordHash, emailVerifiedAt }) => ({ id, email, name, passwordHash, emailVerifiedAt })),
  });
  await prisma.membership.createMany({ data: people.map((p) => ({ userId: p.id, organisationId: p.organisationId, role: 'MEMBER' as const })) });
  await prisma.session.createMany({
    data: people.map((p) => ({ userId: p.id, tokenHash: hashToken(p.token), expiresAt: new Date(Date.now() + 24 * HOUR) })),
  });
  return {
    organisationIds: orgs.map((o) => o.id),
    people: people.map((p) => ({ id: p.id, email: p.email, organisationId: p.organisationId, cookie: `${SESSION_COOKIE}=${p.token}` })),
  };
}

/** Adds an existing person to a seeded organisation (by slug), e.g. a partnership member. */
export async function joinOrganisation(t: TestApp, userId: string, slug: string): Promise<string> {
  const prisma = t.db.database.prisma;
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug } });
  await prisma.membership.create({ data: { userId, organisationId: organisation.id, role: 'MEMBER' } });
  return organisation.id;
}

/** A further session for a person (as signing in again would give), with the Cookie header to send. */
export async function newSession(t: TestApp, userId: string): Promise<string> {
  const token = newToken();
  await t.db.database.prisma.session.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 24 * HOUR) } });
  return `${SESSION_COOKIE}=${token}`;
}
