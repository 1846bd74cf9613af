import type { Prisma, PrismaClient } from '@wiw/db';

const MARKER = 'Schnellbus Dortmund–Lüdenscheid: Probebetrieb beginnt';
const PHOTO = 'https://www.dortmund.de/bilder/demo/schnellbus-probefahrt.jpg';
const DAY = 24 * 60 * 60 * 1000;

type Tx = Prisma.TransactionClient;

/**
 * Demo news items (fictional texts): one on behalf of "Oberbürgermeister Dortmund (Amt)" approved
 * by the office holder and promoted with money, one of the Südwestfalen Agentur corrected once,
 * one of IHK Siegen reusing the city's publicly funded photo, and one waiting in the approval
 * queue. Each with its audit events. Runs once; needs the demo accounts and meetings.
 */
export async function seedDemoNews(prisma: PrismaClient, now = new Date()): Promise<number> {
  if (await prisma.newsItem.findFirst({ where: { title: MARKER }, select: { id: true } })) return 0;
  const user = (email: string) => prisma.user.findUnique({ where: { email } });
  const [coordinator, mayor, landraetin, berater] = await Promise.all(
    ['geschaeftsstelle', 'oberbuergermeister', 'landrat', 'beratung'].map((name) => user(`${name}@demo.example.org`)),
  );
  if (!coordinator || !mayor || !landraetin || !berater) return 0;
  const org = async (slug: string) => (await prisma.organisation.findUniqueOrThrow({ where: { slug } })).id;
  const [stadtDortmund, agentur, ihkSiegen] = await Promise.all(['stadt-dortmund', 'suedwestfalen-agentur', 'ihk-siegen'].map(org));
  const office = await prisma.office.findFirstOrThrow({ where: { organisationId: stadtDortmund, titleDe: 'Oberbürgermeister Dortmund' } });
  const project = await prisma.project.findUnique({ where: { slug: 'fachkraeftebedarf-arbeitsmobilitaet' }, select: { id: true } });
  const meeting = await prisma.meeting.findFirst({ where: { title: { startsWith: 'Denkraum' } }, select: { id: true } });
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const photo = {
    title: 'Probefahrt am Dortmunder U',
    sourceUrl: PHOTO,
    licence: 'CC BY 4.0',
    publicFunds: true,
    producedBy: 'Presseamt der Stadt Dortmund',
  };

  return prisma.$transaction(async (tx) => {
    await publish(tx, {
      organisationId: stadtDortmund!,
      officeId: office.id,
      authorId: coordinator.id,
      approver: { id: mayor.id, as: 'OFFICE_HOLDER' },
      topicFieldKey: 'INFRASTRUCTURE',
      title: MARKER,
      teaser: 'Der Oberbürgermeister gibt den Probebetrieb der Schnellbuslinie zwischen Dortmund und Lüdenscheid frei.',
      body: 'Ab Montag fährt der Schnellbus im Probebetrieb stündlich zwischen Dortmund und Lüdenscheid.\n\nDie Linie ist ein Vorhaben des Themenfelds Infrastruktur der Wirtschaftsinitiative Westfalen. (Fiktive Demo-Meldung.)',
      links: ['https://www.dortmund.de/'],
      media: [photo],
      promotion: { cents: 25_000, budgetLine: 'Öffentlichkeitsarbeit OB-Büro 1.100.01' },
      at: ago(40),
    });
    const corrected = await publish(tx, {
      organisationId: agentur!,
      authorId: landraetin.id,
      approver: { id: coordinator.id, as: 'COORDINATOR' },
      topicFieldKey: 'SKILLED_WORKERS',
      projectId: project?.id ?? null,
      title: 'Fachkräfte-Pendeln: 2.400 Wege täglich',
      teaser: 'Eine erste Auswertung zeigt, wie viele Beschäftigte täglich zwischen Dortmund und Südwestfalen pendeln.',
      body: 'Die Auswertung beruht auf der Pendlerrechnung von IT.NRW. (Fiktive Demo-Meldung.)',
      links: ['https://www.suedwestfalen.com/'],
      media: [],
      at: ago(20),
    });
    const correction = {
      title: 'Fachkräfte-Pendeln: 4.200 Wege täglich',
      teaser: 'Eine erste Auswertung zeigt, wie viele Beschäftigte täglich zwischen Dortmund und Südwestfalen pendeln.',
      body: 'Die Auswertung beruht auf der Pendlerrechnung von IT.NRW; die erste Fassung nannte versehentlich 2.400. (Fiktive Demo-Meldung.)',
      links: ['https://www.suedwestfalen.com/'],
    };
    await tx.newsItem.update({ where: { id: corrected }, data: { ...correction, version: 2 } });
    const reason = 'Zahlendreher in der Überschrift berichtigt';
    await tx.newsItemVersion.create({
      data: { newsItemId: corrected, version: 2, ...correction, reason, createdById: coordinator.id, createdAt: ago(19) },
    });
    await audit(
      tx,
      corrected,
      agentur!,
      coordinator.id,
      'news.corrected',
      { version: { from: 1, to: 2 }, reason, correctedAs: 'COORDINATOR' },
      ago(19),
    );
    await publish(tx, {
      organisationId: ihkSiegen!,
      authorId: berater.id,
      approver: { id: coordinator.id, as: 'COORDINATOR' },
      topicFieldKey: 'IT_COMPETENCE',
      meetingId: meeting?.id ?? null,
      title: 'Denkraum Digitalisierung: Anmeldung offen',
      teaser: 'IHK Siegen lädt zum Denkraum über Digitalisierung im Mittelstand ein; die Plätze sind knapp.',
      body: 'Im Denkraum tauschen sich Unternehmen aus Südwestfalen und Dortmund über ihre Erfahrungen aus. (Fiktive Demo-Meldung.)',
      links: [],
      media: [{ ...photo, title: 'Schnellbus (Bild wiederverwendet)' }],
      at: ago(5),
    });
    await publish(tx, {
      organisationId: agentur!,
      authorId: landraetin.id,
      approver: null,
      topicFieldKey: 'NETWORKING',
      title: 'Südwestfalen-Tag in Dortmund',
      teaser: 'Am Südwestfalen-Tag stellen sich die fünf Kreise im Dortmunder Rathaus vor.',
      body: 'Ein Entwurf, der auf Freigabe wartet. (Fiktive Demo-Meldung.)',
      links: [],
      media: [],
      at: ago(1),
    });
    return 4;
  });
}

interface DemoItem {
  organisationId: string;
  officeId?: string;
  authorId: string;
  /** null: submitted, waiting for approval. */
  approver: { id: string; as: 'OFFICE_HOLDER' | 'COORDINATOR' } | null;
  topicFieldKey: 'INFRASTRUCTURE' | 'SKILLED_WORKERS' | 'IT_COMPETENCE' | 'NETWORKING';
  projectId?: string | null;
  meetingId?: string | null;
  title: string;
  teaser: string;
  body: string;
  links: string[];
  media: Array<{ title: string; sourceUrl: string; licence: string; publicFunds: boolean; producedBy: string }>;
  promotion?: { cents: number; budgetLine: string };
  at: Date;
}

async function publish(tx: Tx, item: DemoItem): Promise<string> {
  const text = { title: item.title, teaser: item.teaser, body: item.body, links: item.links };
  const submittedAt = new Date(item.at.getTime() - 2 * 60 * 60 * 1000);
  const created = await tx.newsItem.create({
    data: {
      ...text,
      organisationId: item.organisationId,
      officeId: item.officeId ?? null,
      authorId: item.authorId,
      topicFieldKey: item.topicFieldKey,
      projectId: item.projectId ?? null,
      meetingId: item.meetingId ?? null,
      language: 'de',
      status: item.approver ? 'PUBLISHED' : 'SUBMITTED',
      promoted: Boolean(item.promotion),
      promotionCents: item.promotion?.cents ?? null,
      budgetLine: item.promotion?.budgetLine ?? null,
      submittedAt,
      approvedById: item.approver?.id ?? null,
      approvedAs: item.approver?.as ?? null,
      publishedAt: item.approver ? item.at : null,
      createdAt: submittedAt,
      media: { create: item.media.map((media, position) => ({ ...media, position })) },
    },
  });
  await audit(tx, created.id, item.organisationId, item.authorId, 'news.drafted', { title: item.title }, submittedAt);
  await audit(tx, created.id, item.organisationId, item.authorId, 'news.submitted', { status: { from: 'DRAFT', to: 'SUBMITTED' } }, submittedAt);
  if (item.approver) {
    await tx.newsItemVersion.create({ data: { newsItemId: created.id, version: 1, ...text, createdById: item.approver.id, createdAt: item.at } });
    const officeId = item.approver.as === 'OFFICE_HOLDER' ? (item.officeId ?? null) : null;
    await audit(tx, created.id, item.organisationId, item.approver.id, 'news.approved', { approvedAs: item.approver.as, officeId }, item.at);
    await audit(
      tx,
      created.id,
      item.organisationId,
      item.approver.id,
      'news.published',
      { status: { from: 'SUBMITTED', to: 'PUBLISHED' }, version: 1 },
      item.at,
    );
  }
  return created.id;
}

function audit(
  tx: Tx,
  entityId: string,
  organisationId: string,
  actorUserId: string,
  action: string,
  changes: Prisma.InputJsonObject,
  occurredAt: Date,
) {
  return tx.auditEvent.create({
    data: { entityType: 'NewsItem', entityId, actingOrganisationId: organisationId, actorUserId, action, changes, occurredAt },
  });
}
