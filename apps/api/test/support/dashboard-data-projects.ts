import type { Prisma, PrismaClient, RegionKey, TopicFieldKey } from '@wiw/db';
import { addDays } from '@wiw/domain';
import type { seededRandom } from './random';

/* Projects, milestones and public statistics of the generated dashboard data (dashboard-data.ts). */

type Random = ReturnType<typeof seededRandom>;

export interface ProjectContext {
  rnd: Random;
  today: string;
  tag: string;
  organisations: Array<{ id?: string }>;
  edgeDays: string[];
  randomInstant: (fromOffset: number, toOffset: number) => Date;
  topics: TopicFieldKey[];
}

/** Projects with participants from random regions (one without any) and milestones around today. */
export async function generateProjects(prisma: PrismaClient, context: ProjectContext): Promise<{ projects: unknown[]; milestones: unknown[] }> {
  const { rnd, today, tag, organisations, edgeDays, randomInstant, topics: TOPICS } = context;
  const projects: Prisma.ProjectCreateManyInput[] = [];
  const participants: Prisma.ProjectParticipantCreateManyInput[] = [];
  const milestones: Prisma.MilestoneCreateManyInput[] = [];
  const dueDays = [
    0,
    -1,
    ...edgeDays.map((d) => Math.round((Date.parse(d) - Date.parse(today)) / 86_400_000)),
    ...edgeDays.map((d) => Math.round((Date.parse(d) - Date.parse(today)) / 86_400_000) - 1),
  ];
  for (let p = 0; p < 10; p += 1) {
    const id = rnd.uuid();
    projects.push({
      id,
      slug: `${tag}-project-${p + 1}`,
      topicFieldKey: rnd.pick(TOPICS),
      status: rnd.pick(['PLANNED', 'ACTIVE', 'ACTIVE', 'COMPLETED'] as const),
      titleDe: `Kennzahlprojekt ${p + 1}`,
      titleEn: `KPI project ${p + 1}`,
      descriptionDe: 'Erzeugt.',
      descriptionEn: 'Generated.',
      // One paused project, and one proposal still waiting for the joint office (the dashboard leaves it out).
      ...(p === 7 ? { status: 'PAUSED' as const } : {}),
      ...(p === 8 ? { approval: 'PENDING' as const } : {}),
    });
    rnd
      .distinct(organisations, p === 0 ? 0 : rnd.int(1, 3))
      .forEach((org, i) => participants.push({ projectId: id, organisationId: org.id!, role: i === 0 ? 'LEAD' : 'PARTNER' }));
    const count = rnd.int(3, 8);
    for (let position = 1; position <= count; position += 1) {
      const offset = dueDays.length ? dueDays.shift()! : rnd.int(-400, 200);
      const dueOn = addDays(today, offset);
      const done = rnd.next() < (offset < 0 ? 0.6 : 0.2) && offset !== 0 && offset !== -1;
      milestones.push({
        projectId: id,
        position,
        titleDe: `Meilenstein ${position}`,
        titleEn: `Milestone ${position}`,
        dueOn: new Date(`${dueOn}T00:00:00Z`),
        doneAt: done ? randomInstant(Math.min(offset, 0) - 30, Math.min(offset, 0)) : null,
      });
    }
  }
  await prisma.project.createMany({ data: projects });
  await prisma.projectParticipant.createMany({ data: participants });
  await prisma.milestone.createMany({ data: milestones });

  return { projects, milestones };
}

/** Public statistics of this and last year; some values 1 and 2. */
export async function generateStatistics(prisma: PrismaClient, rnd: Random, today: string, REGIONS: RegionKey[]): Promise<unknown[]> {
  const year = Number(today.slice(0, 4));
  const statistics: Prisma.RegionStatisticCreateManyInput[] = [];
  for (const y of [year - 1, year]) {
    const pairs = rnd.distinct(
      REGIONS.flatMap((from) => REGIONS.filter((to) => to !== from).map((to) => [from, to] as const)),
      16,
    );
    pairs.forEach(([from, to], i) =>
      statistics.push({
        kind: 'COMMUTERS',
        year: y,
        fromRegionKey: from,
        toRegionKey: to,
        value: i < 2 ? i + 1 : 1000 * i + rnd.int(0, 999),
        source: `Testdaten ${y}`,
        illustrative: true,
      }),
    );
    REGIONS.forEach((to, i) =>
      statistics.push({
        kind: 'EMPLOYEES',
        year: y,
        fromRegionKey: null,
        toRegionKey: to,
        value: i === 3 ? 2 : rnd.int(3, 400_000),
        source: `Testdaten ${y}`,
        illustrative: y === year,
      }),
    );
  }
  await prisma.regionStatistic.createMany({ data: statistics, skipDuplicates: true });

  return statistics;
}
