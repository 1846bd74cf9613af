import type { PrismaClient } from '@wiw/db';
import { addDays, berlinDate, zonedToInstant } from '@wiw/domain';
import { registrationCode } from './registrations.service';

const MAYORS_TITLE = 'Erstes Treffen der Bürgermeister und Landräte';
const DENKRAUM_TITLE = 'Denkraum: Digitalisierung im Mittelstand';

/**
 * Demo meetings (fictional agendas and registrations): the joint office's mayors' meeting in
 * Dortmund, invited only, and a public Denkraum of IHK Siegen whose two seats are taken by demo
 * accounts, so the next company lands on the waitlist. Runs once (nothing happens when the
 * mayors' meeting exists); needs the demo accounts.
 */
export async function seedDemoMeetings(prisma: PrismaClient, now = new Date()): Promise<number> {
  if (await prisma.meeting.findFirst({ where: { title: MAYORS_TITLE }, select: { id: true } })) return 0;
  const org = async (slug: string) => (await prisma.organisation.findUniqueOrThrow({ where: { slug } })).id;
  const user = async (email: string) => prisma.user.findUnique({ where: { email } });
  const office = await user('geschaeftsstelle@demo.example.org');
  const [kalthoefer, berater] = [await user('kalthoefer@demo.example.org'), await user('beratung@demo.example.org')];
  if (!office || !kalthoefer || !berater) return 0;
  const at = (days: number, time: string) => zonedToInstant(addDays(berlinDate(now), days), time);
  const dortmund = await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } });
  const siegen = await prisma.municipality.findFirstOrThrow({ where: { name: 'Siegen' } });
  const [wfDortmund, stadtDortmund, agentur, ihkSiegen, kalthoeferOrg] = await Promise.all(
    ['wirtschaftsfoerderung-dortmund', 'stadt-dortmund', 'suedwestfalen-agentur', 'ihk-siegen', 'kalthoefer-soehne'].map(org),
  );
  return prisma.$transaction(async (tx) => {
    await tx.meeting.create({
      data: {
        organiserId: wfDortmund!,
        createdById: office.id,
        title: MAYORS_TITLE,
        description:
          'Der Oberbürgermeister von Dortmund lädt die Bürgermeisterinnen, Bürgermeister, Landrätinnen und Landräte Südwestfalens zum ersten gemeinsamen Treffen ein.',
        kind: 'MAYORS_MEETING',
        topicFieldKeys: ['NETWORKING', 'INFRASTRUCTURE'],
        startsAt: at(21, '14:00'),
        endsAt: at(21, '17:00'),
        format: 'IN_PERSON',
        place: 'Rathaus Dortmund, Friedensplatz 1',
        municipalityId: dortmund.id,
        visibility: 'INVITED',
        agendaItems: {
          create: [
            { position: 1, title: 'Begrüßung durch den Oberbürgermeister', durationMinutes: 15, responsibleOrganisationId: stadtDortmund! },
            { position: 2, title: 'Die fünf Themenfelder der Partnerschaft', durationMinutes: 60, responsibleOrganisationId: wfDortmund! },
            {
              position: 3,
              title: 'Verkehr und Infrastruktur zwischen Dortmund und Südwestfalen',
              durationMinutes: 60,
              responsibleOrganisationId: agentur!,
            },
            { position: 4, title: 'Verabredungen und nächste Schritte', durationMinutes: 30 },
          ],
        },
      },
    });
    const denkraum = await tx.meeting.create({
      data: {
        organiserId: ihkSiegen!,
        createdById: berater.id,
        title: DENKRAUM_TITLE,
        description: 'Unternehmen aus Dortmund und Südwestfalen sprechen über ihre nächsten Schritte in der Digitalisierung.',
        kind: 'DENKRAUM_WORKSHOP',
        topicFieldKeys: ['IT_COMPETENCE'],
        startsAt: at(10, '17:00'),
        endsAt: at(10, '19:00'),
        format: 'HYBRID',
        place: 'IHK Siegen, Koblenzer Straße 121',
        municipalityId: siegen.id,
        onlineLink: 'https://meet.example.org/denkraum-digitalisierung',
        visibility: 'PUBLIC',
        registrationOpen: true,
        capacity: 2,
        arrivals: 2,
        agendaItems: {
          create: [
            { position: 1, title: 'Wo stehen wir?', durationMinutes: 30, responsibleOrganisationId: ihkSiegen! },
            { position: 2, title: 'Erfahrungen aus der Werkbank', durationMinutes: 60 },
          ],
        },
      },
    });
    await tx.meetingRegistration.createMany({
      data: [
        {
          meetingId: denkraum.id,
          userId: kalthoefer.id,
          organisationId: kalthoeferOrg!,
          status: 'REGISTERED',
          arrivalNumber: 1,
          code: registrationCode(),
        },
        { meetingId: denkraum.id, userId: berater.id, organisationId: ihkSiegen!, status: 'REGISTERED', arrivalNumber: 2, code: registrationCode() },
      ],
    });
    return 2;
  });
}
