import { dataOf, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Field {
  key: string;
  title: string;
  progress: number;
  projectCount: number;
  projects: Array<{
    id: string;
    title: string;
    status: string;
    progress: number;
    lead: { name: string; isMember: boolean } | null;
    partners: Array<{ id: string }>;
    milestones: Array<{ title: string; dueOn: string; done: boolean; overdue: boolean; doneAt: string | null }>;
  }>;
}

const FIELDS = /* GraphQL */ `
  {
    topicFields {
      key
      title
      progress
      projectCount
      projects {
        id
        title
        status
        progress
        lead {
          name
          isMember
        }
        partners {
          id
        }
        milestones {
          title
          dueOn
          done
          overdue
          doneAt
        }
      }
    }
  }
`;

describe('topicFields', () => {
  it('returns the five fields in order with German titles by default', async () => {
    const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS));
    expect(topicFields.map((f) => f.key)).toEqual(['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE']);
    expect(topicFields[0]!.title).toBe('Organisatorische Vernetzung');
    for (const field of topicFields) {
      expect(field.projects.length).toBeGreaterThanOrEqual(2);
      expect(field.projects.length).toBeLessThanOrEqual(4);
      expect(field.projectCount).toBe(field.projects.length);
    }
  });

  it('answers in English when the caller prefers it', async () => {
    const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS, {}, { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' }));
    expect(topicFields[0]!.title).toBe('Organisational networking');
    const german = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS, {}, { 'accept-language': 'fr, de;q=0.3, en;q=0.2' }));
    expect(german.topicFields[0]!.title).toBe('Organisatorische Vernetzung');
  });

  it('computes progress as the share of done milestones, per project and per field, from the database', async () => {
    const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS));
    const prisma = t.db.database.prisma;
    for (const field of topicFields) {
      const all = await prisma.milestone.count({ where: { project: { topicFieldKey: field.key as never } } });
      const done = await prisma.milestone.count({ where: { project: { topicFieldKey: field.key as never }, doneAt: { not: null } } });
      expect(field.progress).toBeCloseTo(done / all, 10);
      for (const project of field.projects) {
        const total = project.milestones.length;
        expect(project.progress).toBeCloseTo(project.milestones.filter((m) => m.done).length / total, 10);
      }
    }
  });

  it('moves when a milestone is completed', async () => {
    const own = await startTestApp(); // this test writes: it gets a database of its own
    try {
      await expectProgressToMove(own);
    } finally {
      await own.close();
    }
  });

  async function expectProgressToMove(t: TestApp): Promise<void> {
    const before = dataOf(
      await t.gql<{ topicField: Field }>(`{ topicField(key: "RECOVERY") { progress projects { id milestones { done } } } }`),
    ).topicField;
    const open = await t.db.database.prisma.milestone.findFirstOrThrow({ where: { project: { topicFieldKey: 'RECOVERY' }, doneAt: null } });
    await t.db.database.prisma.milestone.update({ where: { id: open.id }, data: { doneAt: new Date() } });
    const after = dataOf(await t.gql<{ topicField: Field }>(`{ topicField(key: "RECOVERY") { progress } }`)).topicField;
    const total = before.projects.flatMap((p) => p.milestones).length;
    expect(after.progress).toBeCloseTo(before.progress + 1 / total, 10);
  }

  it('marks open milestones due before today as overdue, and only those', async () => {
    const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const milestones = topicFields.flatMap((f) => f.projects.flatMap((p) => p.milestones));
    for (const m of milestones) expect(m.overdue).toBe(!m.done && m.dueOn < today);
    for (const m of milestones) expect(m.done).toBe(m.doneAt !== null);
    expect(milestones.every((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.dueOn))).toBe(true);
  });

  it('names a member organisation as lead of every project', async () => {
    const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS));
    for (const project of topicFields.flatMap((f) => f.projects)) expect(project.lead?.isMember).toBe(true);
  });

  it('orders projects active, planned, completed, by title in the caller’s language within', async () => {
    const rank = { ACTIVE: 0, PLANNED: 1, COMPLETED: 2 } as Record<string, number>;
    for (const language of ['de', 'en'] as const) {
      const { topicFields } = dataOf(await t.gql<{ topicFields: Field[] }>(FIELDS, {}, { 'accept-language': language }));
      for (const field of topicFields) {
        const sorted = [...field.projects].sort((a, b) => rank[a.status]! - rank[b.status]! || a.title.localeCompare(b.title, language));
        expect(field.projects.map((p) => p.title)).toEqual(sorted.map((p) => p.title));
      }
    }
  });
});

describe('topicField(key)', () => {
  it('accepts the enum key and the URL form', async () => {
    const a = dataOf(await t.gql<{ topicField: { key: string } }>(`{ topicField(key: "IT_COMPETENCE") { key } }`));
    const b = dataOf(await t.gql<{ topicField: { key: string } }>(`{ topicField(key: "it-competence") { key } }`));
    expect(a.topicField.key).toBe('IT_COMPETENCE');
    expect(b.topicField.key).toBe('IT_COMPETENCE');
  });

  it('answers an unknown key with TOPIC_FIELD_NOT_FOUND in the caller’s language', async () => {
    const de = await t.gql(`{ topicField(key: "SPACE") { key } }`);
    expect(de.status).toBe(200);
    expect(de.body.errors?.[0]?.extensions?.code).toBe('TOPIC_FIELD_NOT_FOUND');
    expect(de.body.errors?.[0]?.message).toContain('Das Themenfeld „SPACE“ gibt es nicht');
    const en = await t.gql(`{ topicField(key: "SPACE") { key } }`, {}, { 'accept-language': 'en' });
    expect(en.body.errors?.[0]?.message).toContain('There is no topic field "SPACE"');
  });
});
