import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export const PUBLISH_MINUTES = `mutation($input: PublishMeetingMinutesInput!) { publishMeetingMinutes(input: $input) { id } }`;
const DECISION_FIELDS = `number text textDe textEn decidedAt project { id slug } milestone { id title dueOn originalDueOn done overdue responsibleOrganisation { id } }`;
export const MINUTES_FIELDS = `minutes { publishedAt correctedAt version } decisions { ${DECISION_FIELDS} }
  agenda { id position minutes decisions { number text } }`;
export const MEETING_MINUTES = `query($id: ID!) { meeting(id: $id) { id ${MINUTES_FIELDS} } }`;
export const LISTED_MINUTES = `query($filter: MeetingFilter) { meetings(filter: $filter, first: 100) { edges { node { id ${MINUTES_FIELDS} } } } }`;
/** The fields the topic-field page asks for (apps/web/src/features/topic-fields/graphql/documents.ts) plus where each milestone came from. */
export const TOPIC_FIELD_MILESTONES = `query($key: String!) { topicField(key: $key) { key projects { id milestones { id title dueOn done overdue
  responsibleOrganisation { id name } decision { number decidedAt meeting { id title } } } } } }`;

const HOUR = 3_600_000;

/** A meeting input that started an hour ago (minutes may be written), with two agenda items. */
export function pastMeetingInput(organiserId: string, overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.now() - HOUR);
  return {
    organiserId,
    title: 'Lenkungsrunde IT-Kompetenz',
    description: 'Die Geschäftsstelle und die Partner stimmen die nächsten Schritte ab.',
    kind: 'STEERING_ROUND',
    topicFields: ['IT_COMPETENCE'],
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    format: 'IN_PERSON',
    place: 'Rathaus Dortmund, Friedensplatz 1',
    visibility: 'PUBLIC',
    registrationOpen: false,
    agenda: [
      { title: 'Begrüßung', durationMinutes: 15 },
      { title: 'Digitalwerkstatt: nächste Schritte', durationMinutes: 60 },
    ],
    ...overrides,
  };
}

/** A new approved project in a topic field led by `leadId`, written straight into the database. */
export async function projectIn(t: TestApp, topicFieldKey: 'IT_COMPETENCE' | 'NETWORKING', leadId: string) {
  const prisma = t.db.database.prisma;
  const suffix = randomUUID().slice(0, 8);
  const project = await prisma.project.create({
    data: {
      slug: `beschluss-projekt-${suffix}`,
      topicFieldKey,
      titleDe: `Beschlussprojekt ${suffix}`,
      titleEn: `Decision project ${suffix}`,
      descriptionDe: 'Für Beschlüsse aus Terminen.',
      descriptionEn: 'For decisions of meetings.',
      participants: { create: { organisationId: leadId, role: 'LEAD' } },
      milestones: { create: { position: 1, titleDe: 'Bestehender Meilenstein', titleEn: 'Existing milestone', dueOn: new Date('2030-01-31') } },
    },
    include: { milestones: true },
  });
  return { id: project.id, slug: project.slug, milestoneId: project.milestones[0]!.id };
}

/** A day `days` from today as YYYY-MM-DD (UTC is close enough for days well away from today). */
export const dayFromNow = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);
