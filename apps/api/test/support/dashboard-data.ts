import type { BookingStatus, ContactRequestStatus, NeedStatus, OrganisationKind, Prisma, PrismaClient, RegionKey, TopicFieldKey } from '@wiw/db';
import { addDays, zonedToInstant } from '@wiw/domain';
import { generateProjects, generateStatistics } from './dashboard-data-projects';
import { seededRandom } from './random';

/*
 * Generated data for the dashboard's KPI tests: a few hundred rows written straight into the
 * test's database, spread over the seven regions, every status and about two years around today.
 * The same seed and the same today give the same rows. Times are Berlin wall-clock times, often
 * just after or before midnight, so that a figure counted by UTC day instead of Berlin day
 * differs; `edgeDays` adds rows at 00:10 on each given day and at 23:50 on the day before.
 */

export const REGIONS: RegionKey[] = ['DORTMUND', 'HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST', 'OTHER'];
const TOPICS: TopicFieldKey[] = ['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE'];
const KINDS: OrganisationKind[] = [
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'RESEARCH',
  'ADVISORY',
  'EDUCATION',
  'CHAMBER',
  'CITY',
  'REGIONAL_AGENCY',
];
/** Wall-clock times of generated events: a third of them close to midnight. */
const TIMES = ['00:10', '00:40', '01:30', '08:15', '09:30', '11:00', '13:45', '15:20', '17:05', '19:40', '22:30', '23:10', '23:50'];

export interface GenerateOptions {
  seed: number;
  /** Today in Berlin (YYYY-MM-DD): dates spread around it. */
  today: string;
  /** Days on which a period starts (or the day after one ends): events just before and after their midnight. */
  edgeDays?: string[];
}

export interface GeneratedData {
  organisationIds: string[];
  companyIds: string[];
  advisorUserIds: string[];
  /** A group format (capacity 4) and its advisor, free on any day before 2024. */
  groupFormat: { id: string; advisorId: string };
  counts: {
    organisations: number;
    needs: number;
    needSkills: number;
    offers: number;
    offerSkills: number;
    contactRequests: number;
    formats: number;
    slots: number;
    bookings: number;
    projects: number;
    milestones: number;
    statistics: number;
  };
}

type Slot = Prisma.SlotCreateManyInput;
type Booking = Prisma.BookingCreateManyInput;

/** Writes the generated rows through Prisma; returns what the tests need to write more. */
export async function generateDashboardData(prisma: PrismaClient, options: GenerateOptions): Promise<GeneratedData> {
  const rnd = seededRandom(options.seed);
  const { today } = options;
  const edgeDays = [...new Set(options.edgeDays ?? [])].sort();
  const now = new Date();
  const tag = `kpi${options.seed}`;
  const at = (day: string, time: string): Date => zonedToInstant(day, time);
  const randomInstant = (fromOffset: number, toOffset: number): Date => {
    const instant = at(addDays(today, rnd.int(fromOffset, toOffset)), rnd.pick(TIMES));
    return instant > now ? new Date(now.getTime() - rnd.int(1, 600) * 60_000) : instant;
  };
  /** The two instants around the start of each edge day. */
  const edgeInstants = edgeDays.flatMap((day) => [at(day, '00:10'), at(addDays(day, -1), '23:50')]);

  const municipalities = await prisma.municipality.findMany({ select: { id: true, regionKey: true }, orderBy: { code: 'asc' } });
  const townsOf = new Map(REGIONS.map((region) => [region, municipalities.filter((m) => m.regionKey === region).map((m) => m.id)]));
  const townIn = (region: RegionKey): string => rnd.pick(townsOf.get(region)!);
  const anyTown = (): string => townIn(rnd.pick(REGIONS));

  // Organisations: registered over two years; advisory organisations of the workbench in four regions.
  const organisations: Prisma.OrganisationCreateManyInput[] = [];
  const organisation = (kind: OrganisationKind, municipalityId: string, createdAt: Date): Prisma.OrganisationCreateManyInput => {
    const name = `Kennzahl ${kind === 'COMPANY' ? 'Werk' : 'Stelle'} ${organisations.length + 1} (${tag})`;
    const row = {
      id: rnd.uuid(),
      slug: `${tag}-org-${organisations.length + 1}`,
      name,
      kind,
      isMember: rnd.next() < 0.3,
      municipalityId,
      verifiedAt: createdAt,
      sortName: name.toLowerCase(),
      searchText: name.toLowerCase(),
      createdAt,
    };
    organisations.push(row);
    return row;
  };
  for (let i = 0; i < 90; i += 1) organisation(rnd.pick(KINDS), anyTown(), randomInstant(-700, 0));
  for (const instant of edgeInstants) organisation(rnd.pick(KINDS), anyTown(), instant);
  for (let i = 0; i < 4; i += 1) organisation('COMPANY', anyTown(), randomInstant(-20, -1));
  const advisoryOrgs = (['DORTMUND', 'SIEGEN_WITTGENSTEIN', 'SOEST', 'OTHER'] as const).map((region) =>
    organisation('ADVISORY', townIn(region), randomInstant(-700, -400)),
  );
  await prisma.organisation.createMany({ data: organisations });
  const companies = organisations.filter((o) => o.kind === 'COMPANY');

  // Skills: 24 of the curated taxonomy; needs lean to the first ones, offers to the last, so gaps exist.
  const skillIds = rnd.distinct(
    (await prisma.skill.findMany({ select: { id: true }, orderBy: { slug: 'asc' } })).map((s) => s.id),
    24,
  );
  const needSkillPool = skillIds.slice(0, 16);
  const offerSkillPool = skillIds.slice(6);

  // Needs: every status; published ones over two years, open ones still running.
  const needs: Prisma.SkillNeedCreateManyInput[] = [];
  const needSkills: Prisma.NeedSkillCreateManyInput[] = [];
  const need = (status: NeedStatus, publishedAt: Date | null) => {
    const organisationId = rnd.pick(companies).id!;
    const createdAt = publishedAt ? new Date(publishedAt.getTime() - rnd.int(0, 5 * 86_400) * 1000) : randomInstant(-650, 0);
    const id = rnd.uuid();
    needs.push({
      id,
      organisationId,
      status,
      publishedAt,
      createdAt,
      title: `Bedarf ${needs.length + 1}`,
      description: 'Erzeugter Bedarf für die Kennzahlen.',
      headcount: rnd.int(1, 5),
      kind: rnd.pick(['EMPLOYMENT', 'APPRENTICESHIP', 'PROJECT', 'CONSULTING'] as const),
      municipalityId: anyTown(),
      remoteMode: rnd.pick(['ONSITE', 'HYBRID', 'REMOTE'] as const),
      topicFieldKey: rnd.pick(TOPICS),
      searchText: `bedarf ${needs.length + 1}`,
      expiresAt:
        status === 'OPEN' ? new Date(now.getTime() + rnd.int(10, 80) * 86_400_000) : publishedAt && new Date(publishedAt.getTime() + 90 * 86_400_000),
    });
    // As the needs service writes them: the need's state copied into every skill row.
    const chosen = rnd
      .distinct(needSkillPool.slice(0, rnd.int(6, 16)), rnd.int(1, 4))
      .map((skillId) => ({ skillId, weight: rnd.pick(['REQUIRED', 'NICE_TO_HAVE'] as const) }));
    const weightTotal = chosen.reduce((sum, s) => sum + (s.weight === 'REQUIRED' ? 3 : 1), 0);
    for (const s of chosen)
      needSkills.push({
        needId: id,
        ...s,
        level: rnd.pick(['BASIC', 'INTERMEDIATE', 'EXPERT'] as const),
        open: status === 'OPEN',
        organisationId,
        weightTotal,
      });
  };
  const needStatus = () => rnd.weighted({ DRAFT: 0.12, OPEN: 0.4, FILLED: 0.28, CLOSED: 0.2 });
  for (let i = 0; i < 150; i += 1) {
    const status = needStatus();
    need(status, status === 'DRAFT' ? null : randomInstant(-650, 0));
  }
  for (const instant of edgeInstants) need(rnd.weighted({ OPEN: 1, FILLED: 1, CLOSED: 1 }), instant);
  for (let i = 0; i < 4; i += 1) need('OPEN', randomInstant(-20, -1));
  // Drafts discarded without ever being published: never counted.
  for (let i = 0; i < 6; i += 1) need('CLOSED', null);
  await prisma.skillNeed.createMany({ data: needs });
  await prisma.needSkill.createMany({ data: needSkills });

  // Offers of organisations and of individuals (talents, owned by a person).
  const advisorUsers: Prisma.UserCreateManyInput[] = Array.from({ length: 5 }, (_, i) => ({
    id: rnd.uuid(),
    email: `${tag}-advisor-${i + 1}@example.org`,
    name: `Beraterin ${i + 1}`,
    passwordHash: 'not-a-hash',
    emailVerifiedAt: now,
  }));
  await prisma.user.createMany({ data: advisorUsers });
  const offers: Prisma.SkillOfferCreateManyInput[] = [];
  const offerSkills: Prisma.OfferSkillCreateManyInput[] = [];
  for (let i = 0; i < 110; i += 1) {
    const status = rnd.weighted({ DRAFT: 0.15, OPEN: 0.6, CLOSED: 0.25 });
    const kind = rnd.pick(['TRAINING', 'ADVISORY', 'IT_COMPETENCE', 'TALENT'] as const);
    const organisationId = kind === 'TALENT' ? null : rnd.pick(organisations).id!;
    const publishedAt = status === 'DRAFT' ? null : randomInstant(-650, 0);
    const id = rnd.uuid();
    offers.push({
      id,
      kind,
      organisationId,
      ownerId: kind === 'TALENT' ? rnd.pick(advisorUsers).id! : null,
      status,
      publishedAt,
      title: `Angebot ${i + 1}`,
      description: 'Erzeugtes Angebot für die Kennzahlen.',
      municipalityId: anyTown(),
      radiusKm: rnd.int(0, 200),
      availableFrom: new Date(`${addDays(today, rnd.int(-300, 30))}T00:00:00Z`),
      remoteWilling: rnd.next() < 0.5,
      searchText: `angebot ${i + 1}`,
      createdAt: publishedAt ?? randomInstant(-650, 0),
    });
    for (const skillId of rnd.distinct(offerSkillPool, rnd.int(1, 3)))
      offerSkills.push({ offerId: id, skillId, level: 'EXPERT', open: status === 'OPEN', organisationId });
  }
  await prisma.skillOffer.createMany({ data: offers });
  await prisma.offerSkill.createMany({ data: offerSkills });

  // Contact requests between published needs and offers; at most one live request per pair.
  const requests: Prisma.ContactRequestCreateManyInput[] = [];
  const live = new Set<string>();
  const request = (createdAt: Date, wanted: ContactRequestStatus) => {
    const needId = rnd.pick(needs.filter((n) => n.status !== 'DRAFT')).id!;
    const offerId = rnd.pick(offers.filter((o) => o.status !== 'DRAFT')).id!;
    const pair = `${needId}/${offerId}`;
    const status = (wanted === 'PENDING' || wanted === 'ACCEPTED') && live.has(pair) ? 'DECLINED' : wanted;
    if (status === 'PENDING' || status === 'ACCEPTED') live.add(pair);
    const later = new Date(Math.min(now.getTime(), createdAt.getTime() + 86_400_000));
    requests.push({
      id: rnd.uuid(),
      needId,
      offerId,
      fromSide: rnd.pick(['NEED', 'OFFER'] as const),
      message: 'Wir würden gern sprechen.',
      status,
      createdAt,
      answeredAt: status === 'ACCEPTED' || status === 'DECLINED' ? later : null,
      withdrawnAt: status === 'WITHDRAWN' ? later : null,
    });
  };
  const requestStatus = () => rnd.weighted({ PENDING: 0.3, ACCEPTED: 0.35, DECLINED: 0.25, WITHDRAWN: 0.1 });
  for (let i = 0; i < 160; i += 1) request(randomInstant(-600, 0), requestStatus());
  for (const instant of edgeInstants) request(instant, requestStatus());
  for (let i = 0; i < 4; i += 1) request(randomInstant(-20, -1), 'ACCEPTED');
  for (let i = 0; i < 3; i += 1) request(randomInstant(-20, -1), 'PENDING');
  await prisma.contactRequest.createMany({ data: requests });

  // Workbench: four advisors with a one-to-one and a group format each, one slot a day at most;
  // the fifth advisor holds the slots around midnight of the edge days.
  const formats: Array<Prisma.ConsultationFormatCreateManyInput & { capacity: number }> = [];
  const format = (advisorId: string, organisationId: string, capacity: number, durationMinutes: number) => {
    const row = {
      id: rnd.uuid(),
      advisorId,
      organisationId,
      capacity,
      durationMinutes,
      title: `Sprechstunde ${formats.length + 1}`,
      description: 'Erzeugtes Format.',
      topicFieldKey: rnd.pick(TOPICS),
      mode: 'REMOTE' as const,
      meetingLink: 'https://meet.example.org/kpi',
      searchText: `sprechstunde ${formats.length + 1}`,
    };
    formats.push(row);
    return row;
  };
  advisoryOrgs.forEach((org, i) => {
    format(advisorUsers[i]!.id!, org.id!, 1, 60);
    format(advisorUsers[i]!.id!, org.id!, rnd.int(3, 5), 60);
  });
  const edgeFormat = format(advisorUsers[4]!.id!, advisoryOrgs[1]!.id!, 3, 30);
  const groupFormat = format(advisorUsers[0]!.id!, advisoryOrgs[0]!.id!, 4, 90);
  await prisma.consultationFormat.createMany({ data: formats });

  const slots: Slot[] = [];
  const bookings: Booking[] = [];
  /** A slot with bookings of distinct companies in these statuses; cancelled when no seat is left taken. */
  const slot = (f: (typeof formats)[number], startsAt: Date, statuses: BookingStatus[]) => {
    const endsAt = new Date(startsAt.getTime() + f.durationMinutes * 60_000);
    const seatsTaken = statuses.filter((s) => s !== 'CANCELLED').length;
    const id = rnd.uuid();
    slots.push({
      id,
      formatId: f.id!,
      advisorId: f.advisorId,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      capacity: f.capacity,
      seatsTaken,
      status: seatsTaken === 0 ? 'CANCELLED' : 'SCHEDULED',
      cancelledAt: seatsTaken === 0 ? startsAt : null,
    });
    rnd.distinct(organisations, statuses.length).forEach((org, i) =>
      bookings.push({
        id: rnd.uuid(),
        slotId: id,
        organisationId: org.id!,
        agenda: 'Erzeugte Buchung für die Kennzahlen.',
        cancellationDeadlineHours: 24,
        status: statuses[i]!,
        cancelledAt: statuses[i] === 'CANCELLED' ? new Date(startsAt.getTime() - 86_400_000) : null,
        attendanceMarkedAt: statuses[i] === 'ATTENDED' || statuses[i] === 'NO_SHOW' ? endsAt : null,
      }),
    );
  };
  const bookingStatus = (past: boolean): BookingStatus =>
    past ? rnd.weighted({ CONFIRMED: 0.15, ATTENDED: 0.45, NO_SHOW: 0.2, CANCELLED: 0.2 }) : rnd.weighted({ CONFIRMED: 0.8, CANCELLED: 0.2 });
  const recentDays = new Set([-6, -3, 3]);
  for (let a = 0; a < 4; a += 1) {
    const own = formats.filter((f) => f.advisorId === advisorUsers[a]!.id && f !== groupFormat);
    const days = rnd.distinct(
      Array.from({ length: 481 }, (_, i) => i - 420).filter((d) => !recentDays.has(d)),
      20,
    );
    for (const offset of days) {
      const f = rnd.pick(own);
      const startsAt = at(addDays(today, offset), `${String(rnd.int(8, 16)).padStart(2, '0')}:00`);
      slot(
        f,
        startsAt,
        Array.from({ length: rnd.int(1, f.capacity) }, () => bookingStatus(startsAt < now)),
      );
    }
  }
  // Around today: enough no-shows, cancellations and confirmed bookings for the freshness test to change.
  slot(groupFormat, at(addDays(today, -3), '10:00'), ['NO_SHOW', 'NO_SHOW', 'NO_SHOW', 'CONFIRMED']);
  slot(groupFormat, at(addDays(today, -6), '10:00'), ['CANCELLED', 'CANCELLED', 'CANCELLED', 'ATTENDED']);
  slot(groupFormat, at(addDays(today, 3), '10:00'), ['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
  for (const day of edgeDays) {
    for (const startsAt of [at(day, '00:10'), at(addDays(day, -1), '23:15')]) {
      slot(
        edgeFormat,
        startsAt,
        Array.from({ length: rnd.int(1, 3) }, () => bookingStatus(startsAt < now)),
      );
    }
  }
  await prisma.slot.createMany({ data: slots });
  await prisma.booking.createMany({ data: bookings });

  const { projects, milestones } = await generateProjects(prisma, { rnd, today, tag, organisations, edgeDays, randomInstant, topics: TOPICS });
  const statistics = await generateStatistics(prisma, rnd, today, REGIONS);

  return {
    organisationIds: organisations.map((o) => o.id!),
    companyIds: companies.map((o) => o.id!),
    advisorUserIds: advisorUsers.map((u) => u.id!),
    groupFormat: { id: groupFormat.id, advisorId: groupFormat.advisorId },
    counts: {
      organisations: organisations.length,
      needs: needs.length,
      needSkills: needSkills.length,
      offers: offers.length,
      offerSkills: offerSkills.length,
      contactRequests: requests.length,
      formats: formats.length,
      slots: slots.length,
      bookings: bookings.length,
      projects: projects.length,
      milestones: milestones.length,
      statistics: statistics.length,
    },
  };
}
