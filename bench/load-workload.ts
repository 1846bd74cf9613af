// The load benchmark's mix of real journeys, as GraphQL requests (the web client's kind of queries):
// anonymous directory pages and topic fields, a company person's board of needs and the matches of
// one of their needs, bookings of distinct consultation slots, and an official's dashboard.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@wiw/db';
import { addDays, berlinDate, foldText, zonedToInstant } from '@wiw/domain';
import { DASHBOARD_QUERY } from '../apps/api/test/support/dashboard';
import type { Job } from './load-client';
import { demoAdvisorAroundTheClock, demoSessionCookie } from './support';

const DIRECTORY = `query Directory($filter: OrganisationFilter) {
  organisations(filter: $filter, first: 20) { totalCount edges { node { name municipality { name } region { key } } } }
}`;
const TOPIC_FIELDS = `query TopicFields { topicFields { key title } }`;
const BOARD = `query Board { needs(first: 20) { totalCount edges { node { id title organisation { name } } } } }`;
const MATCHES = `query Matches($needId: ID!) { needMatches(needId: $needId, first: 10) { score offer { id title } } }`;
const BOOK = `mutation Book($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }`;
const SEARCHES = [undefined, 'Siegen', 'Dortmund', 'Metall', 'Logistik', 'Olpe', 'IT', 'Lüdenscheid'];
const COMPANIES = 200;

/**
 * Demo accounts, an advisor available around the clock with a one-to-one format, `COMPANIES`
 * verified companies the booker may book for (so bookings spread over organisations), and a need
 * of the booker's organisation for the matches.
 */
export async function prepareWorkload(prisma: PrismaClient, maxBookings: number) {
  const advisor = await demoAdvisorAroundTheClock(prisma);
  const format = await prisma.consultationFormat.create({
    data: {
      advisorId: advisor.id,
      organisationId: advisor.memberships[0]!.organisationId,
      title: 'Lastprobe',
      description: 'Benchmark',
      topicFieldKey: 'IT_COMPETENCE',
      durationMinutes: 60,
      mode: 'REMOTE',
      meetingLink: 'https://meet.example.org/load',
      capacity: 1,
      minimumNoticeHours: 0,
      bookingHorizonDays: 365,
      searchText: foldText('Lastprobe'),
    },
  });
  const booker = await prisma.user.findUniqueOrThrow({ where: { email: 'velkamp@demo.example.org' }, include: { memberships: true } });
  const municipalityId = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
  const companies = await prisma.organisation.createManyAndReturn({
    data: Array.from({ length: COMPANIES }, (_, i) => ({
      slug: `load-${i}`,
      name: `Lastprobe ${i} GmbH`,
      kind: 'COMPANY' as const,
      municipalityId,
      verifiedAt: new Date(),
      sortName: `lastprobe ${i}`,
      searchText: `lastprobe ${i}`,
    })),
    select: { id: true },
  });
  await prisma.membership.createMany({
    data: companies.map((company) => ({ userId: booker.id, organisationId: company.id, role: 'MEMBER' as const })),
  });
  const need = await prisma.skillNeed.findFirst({
    where: { organisationId: { in: booker.memberships.map((m) => m.organisationId) } },
    select: { id: true },
  });
  if (!need) throw new Error('The demo data has no need of the booker’s organisation.');

  let booking = 0;
  return {
    /** Signs the journeys' people in (sessions live in the database: valid on every replica) and returns the job of request i. */
    async jobs(url: string): Promise<(i: number, phase: string) => Job> {
      const graphql = `${url}/graphql`;
      const [company, official] = [
        await demoSessionCookie(graphql, booker.email),
        await demoSessionCookie(graphql, 'oberbuergermeister@demo.example.org'),
      ];
      return (i, phase) => {
        const slot = i % 20;
        if (slot < 6) {
          const search = SEARCHES[i % SEARCHES.length];
          return { kind: 'directory', query: DIRECTORY, variables: { filter: search ? { search } : {} }, repeatable: true };
        }
        if (slot < 10) return { kind: 'topic-fields', query: TOPIC_FIELDS, repeatable: true };
        if (slot < 14) return { kind: 'board', query: BOARD, cookie: company, repeatable: true };
        if (slot < 16) return { kind: 'matches', query: MATCHES, variables: { needId: need.id }, cookie: company, repeatable: true };
        if (slot < 18) {
          const n = booking++;
          if (n >= maxBookings) throw new Error('More bookings than prepared slots.');
          // Hourly slots from the day after tomorrow on, one per booking; the key makes a resend safe.
          const startsAt = zonedToInstant(addDays(berlinDate(), 2 + Math.floor(n / 24)), `${String(n % 24).padStart(2, '0')}:00`).toISOString();
          const input = {
            formatId: format.id,
            startsAt,
            organisationId: companies[n % COMPANIES]!.id,
            agenda: `Lastprobe ${phase} ${n}`,
            idempotencyKey: randomUUID(),
          };
          return { kind: 'booking', query: BOOK, variables: { input }, cookie: company, repeatable: true };
        }
        return { kind: 'dashboard', query: DASHBOARD_QUERY, variables: { filter: {} }, cookie: official, repeatable: true };
      };
    },
  };
}
