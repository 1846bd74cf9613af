import type { Prisma, PrismaClient, TopicFieldKey } from '@wiw/db';
import { addDays, availabilityWindows, berlinDate, blockedRange, bookableStarts, searchText, type Interval, type WeeklyRule } from '@wiw/domain';
import { createUser, DEMO_PASSWORD, type PasswordHasher } from '../accounts';

interface DemoFormat {
  title: string;
  description: string;
  topicField: TopicFieldKey;
  durationMinutes: number;
  capacity: number;
  mode: 'ONSITE' | 'REMOTE';
  place: string;
}

interface DemoAdvisor {
  email: string;
  name: string;
  organisation: string;
  /** Weekly rules: weekday, start, end (Europe/Berlin). */
  rules: WeeklyRule[];
  formats: DemoFormat[];
}

/** Fictional advisors of member organisations (the first is the demo account "Ben Berater"). */
export const DEMO_ADVISORS: readonly DemoAdvisor[] = [
  {
    email: 'beratung@demo.example.org',
    name: 'Ben Berater',
    organisation: 'ihk-siegen',
    rules: [
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 4, start: '13:00', end: '17:00' },
    ],
    formats: [
      {
        title: 'Digitalisierungs-Check für Automobilzulieferer',
        description:
          'Eine Stunde mit Ihren Fragen zur Digitalisierung in der Zulieferung: Auftragslage nach dem Corona-Einbruch, Fördermittel, erste Schritte in der Fertigung.',
        topicField: 'RECOVERY',
        durationMinutes: 60,
        capacity: 1,
        mode: 'ONSITE',
        place: 'IHK Siegen, Besprechungsraum Werkbank, Siegen',
      },
      {
        title: 'Denkraum: KI im Mittelstand',
        description:
          'Gruppensitzung für bis zu acht Unternehmen: Wo hilft künstliche Intelligenz heute schon, was braucht eine gemeinsame KI-Initiative der Region?',
        topicField: 'IT_COMPETENCE',
        durationMinutes: 120,
        capacity: 8,
        mode: 'REMOTE',
        place: 'https://meet.example.org/denkraum-ki',
      },
    ],
  },
  {
    email: 'werkbank-dortmund@demo.example.org',
    name: 'Dana Dortmann',
    organisation: 'wirtschaftsfoerderung-dortmund',
    rules: [
      { weekday: 1, start: '10:00', end: '16:00' },
      { weekday: 3, start: '09:00', end: '12:00' },
    ],
    formats: [
      {
        title: 'Sprechstunde Fachkräfte und Arbeitsmobilität',
        description: 'Fachkräfte finden zwischen Dortmund und Südwestfalen: Pendelwege, Co-Working-Angebote und gemeinsame Ausbildung.',
        topicField: 'SKILLED_WORKERS',
        durationMinutes: 45,
        capacity: 1,
        mode: 'REMOTE',
        place: 'https://meet.example.org/fachkraefte',
      },
      {
        title: 'Denkraum Gemeinsame Geschäftsstelle',
        description:
          'Wie arbeiten die Partner der Initiative im Alltag zusammen? Ideen für die gemeinsame Geschäftsstelle, mit bis zu zehn Organisationen.',
        topicField: 'NETWORKING',
        durationMinutes: 90,
        capacity: 10,
        mode: 'ONSITE',
        place: 'Wirtschaftsförderung Dortmund, Seminarraum, Dortmund',
      },
    ],
  },
  {
    email: 'werkbank-hagen@demo.example.org',
    name: 'Hannes Hagedorn',
    organisation: 'sihk-hagen',
    rules: [{ weekday: 5, start: '08:00', end: '12:00' }],
    formats: [
      {
        title: 'Standort und Infrastruktur: Pendlerströme und Flughäfen',
        description:
          'Beratung zu Verkehrsanbindung, Pendlerströmen und zur Kooperation der Flughäfen Dortmund, Münster/Osnabrück und Paderborn/Lippstadt.',
        topicField: 'INFRASTRUCTURE',
        durationMinutes: 60,
        capacity: 1,
        mode: 'REMOTE',
        place: 'https://meet.example.org/infrastruktur',
      },
    ],
  },
];

/** Demo bookings: which company books which format how many free slots ahead. */
const DEMO_BOOKINGS = [
  {
    company: 'velkamp-intralogistik',
    booker: 'velkamp@demo.example.org',
    format: 'Digitalisierungs-Check für Automobilzulieferer',
    nth: 1,
    agenda: 'Wir möchten unsere Lagerverwaltung digitalisieren und suchen Fördermöglichkeiten.',
  },
  {
    company: 'kalthoefer-soehne',
    booker: 'kalthoefer@demo.example.org',
    format: 'Denkraum: KI im Mittelstand',
    nth: 0,
    agenda: 'Qualitätsprüfung mit Bilderkennung in der Drahtzieherei.',
  },
  {
    company: 'velkamp-intralogistik',
    booker: 'velkamp@demo.example.org',
    format: 'Denkraum: KI im Mittelstand',
    nth: 0,
    agenda: 'KI für die Tourenplanung unserer Intralogistik.',
  },
  {
    company: 'kalthoefer-soehne',
    booker: 'kalthoefer@demo.example.org',
    format: 'Sprechstunde Fachkräfte und Arbeitsmobilität',
    nth: 2,
    agenda: 'Wie gewinnen wir Fachkräfte aus Dortmund für unseren Standort im Sauerland?',
  },
];

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * The digital workbench's demo: advisors with formats across the five topic fields, weekly
 * availability, and a few bookings in the coming weeks. Runs once: nothing happens when the
 * first demo advisor already offers a format.
 */
export async function seedDemoWorkbench(prisma: PrismaClient, passwords: PasswordHasher, now = new Date()): Promise<number> {
  const first = await prisma.user.findUnique({ where: { email: DEMO_ADVISORS[0]!.email }, select: { id: true } });
  if (!first || (await prisma.consultationFormat.count({ where: { advisorId: first.id } })) > 0) return 0;
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  return prisma.$transaction(async (tx) => {
    const formats = new Map<string, { id: string; advisorId: string; rules: WeeklyRule[]; durationMinutes: number; capacity: number }>();
    for (const advisor of DEMO_ADVISORS) {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { slug: advisor.organisation } });
      const user =
        (await tx.user.findUnique({ where: { email: advisor.email } })) ??
        (await createUser(tx, {
          email: advisor.email,
          name: advisor.name,
          passwordHash,
          emailVerifiedAt: now,
          roles: ['ADVISOR'],
          membership: { organisationId: organisation.id, role: 'MEMBER' },
        }));
      await tx.availabilityRule.createMany({
        data: advisor.rules.map((rule) => ({
          advisorId: user.id,
          weekday: rule.weekday,
          startMinute: minutes(rule.start),
          endMinute: minutes(rule.end),
        })),
      });
      for (const format of advisor.formats) {
        const created = await tx.consultationFormat.create({
          data: {
            advisorId: user.id,
            organisationId: organisation.id,
            title: format.title,
            description: format.description,
            topicFieldKey: format.topicField,
            durationMinutes: format.durationMinutes,
            mode: format.mode,
            location: format.mode === 'ONSITE' ? format.place : null,
            meetingLink: format.mode === 'REMOTE' ? format.place : null,
            capacity: format.capacity,
            bufferAfterMinutes: format.capacity === 1 ? 15 : 0,
            searchText: searchText([format.title, format.description, advisor.name, organisation.name]),
          },
        });
        formats.set(format.title, {
          id: created.id,
          advisorId: user.id,
          rules: advisor.rules,
          durationMinutes: format.durationMinutes,
          capacity: format.capacity,
        });
      }
    }
    for (const booking of DEMO_BOOKINGS) await bookDemo(tx, formats.get(booking.format)!, booking, now);
    return formats.size;
  });
}

async function bookDemo(
  tx: Prisma.TransactionClient,
  format: { id: string; advisorId: string; rules: WeeklyRule[] },
  booking: (typeof DEMO_BOOKINGS)[number],
  now: Date,
): Promise<void> {
  const row = await tx.consultationFormat.findUniqueOrThrow({ where: { id: format.id } });
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { slug: booking.company } });
  const booker = await tx.user.findUnique({ where: { email: booking.booker } });
  const existing = await tx.slot.findFirst({ where: { formatId: format.id, status: 'SCHEDULED' }, orderBy: { startsAt: 'asc' } });
  let slotId = existing && row.capacity > 1 ? existing.id : null;
  if (slotId) {
    await tx.slot.update({ where: { id: slotId }, data: { seatsTaken: { increment: 1 }, sequence: { increment: 1 } } });
  } else {
    const scheduled = await tx.slot.findMany({ where: { advisorId: format.advisorId, status: 'SCHEDULED' } });
    const busy: Interval[] = scheduled.map((slot) => ({ start: slot.blockedFrom, end: slot.blockedUntil }));
    const today = berlinDate(now);
    const windows = availabilityWindows(format.rules, [], addDays(today, 3), addDays(today, 30));
    const start = bookableStarts({ format: row, windows, busy, now })[booking.nth * 2]!.start;
    const blocked = blockedRange(start, row);
    const slot = await tx.slot.create({
      data: {
        formatId: row.id,
        advisorId: row.advisorId,
        startsAt: start,
        endsAt: new Date(start.getTime() + row.durationMinutes * 60_000),
        blockedFrom: blocked.start,
        blockedUntil: blocked.end,
        capacity: row.capacity,
        seatsTaken: 1,
      },
    });
    slotId = slot.id;
  }
  await tx.booking.create({
    data: {
      slotId,
      organisationId: organisation.id,
      bookedById: booker?.id ?? null,
      agenda: booking.agenda,
      cancellationDeadlineHours: row.cancellationDeadlineHours,
    },
  });
}
