import { accountsClient, type Reply } from './support/accounts';
import { useDemoApp } from './support/demo-app';

/**
 * Sending a submitted news item back to its author (four eyes like approval), and `viewerCan`,
 * which tells the web which buttons to show: each answer is checked against the mutation itself.
 */
const { app, municipality } = useDemoApp();
const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);
const prisma = () => app().db.database.prisma;

let stadtDortmund: string;
let mayorsOffice: string;
beforeAll(async () => {
  stadtDortmund = (await prisma().organisation.findUniqueOrThrow({ where: { slug: 'stadt-dortmund' } })).id;
  mayorsOffice = (await prisma().office.findFirstOrThrow({ where: { organisationId: stadtDortmund, titleDe: 'Oberbürgermeister Dortmund' } })).id;
});

async function member(role?: 'COORDINATOR'): Promise<{ cookie: string; userId: string }> {
  const person = await signedIn();
  const user = await prisma().user.findUniqueOrThrow({ where: { email: person.email } });
  await prisma().membership.create({ data: { userId: user.id, organisationId: stadtDortmund, role: 'MEMBER' } });
  if (role) await prisma().userRole.create({ data: { userId: user.id, role } });
  return { cookie: person.cookie, userId: user.id };
}

const FIELDS = 'id status title submittedAt sentBack { comment role } viewerCan { edit approve sendBack correct withdraw }';
const SEND_BACK = `mutation($id: ID!, $comment: String!) { sendBackNewsItem(id: $id, comment: $comment) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { newsItem(id: $id) { ${FIELDS} } }`;
const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: NewsDraftInput!) { updateNewsDraft(id: $id, input: $input) { id } }`;
const COMMENT = 'Bitte die Quelle der Fahrgastzahlen ergänzen.';

const code = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;
function data<T = Record<string, unknown>>(reply: Reply, field: string): T {
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data?.[field] as T;
}

const draft = (title = 'Schnellbus: Fahrgastzahlen nach drei Monaten') => ({
  organisationId: stadtDortmund,
  officeId: mayorsOffice,
  title,
  teaser: 'Die Schnellbuslinie wird gut angenommen.',
  body: 'Im Schnitt fahren 1.200 Menschen am Tag mit.',
});

async function submitted(author: string): Promise<string> {
  const { id } = data<{ id: string }>(
    await call(`mutation($input: NewsDraftInput!) { createNewsDraft(input: $input) { id } }`, { input: draft() }, author),
    'createNewsDraft',
  );
  data(await call(step('submitNewsItem'), { id }, author), 'submitNewsItem');
  return id;
}

describe('sending a news item back', () => {
  it('returns it to its author as a draft with the comment; fixed and resubmitted, it is approved; every step is in the trail', async () => {
    const author = await member();
    const id = await submitted(author.cookie);
    const office = await coordinator();
    expect(data(await call(ONE, { id }, office), 'newsItem')).toMatchObject({
      viewerCan: { edit: false, approve: true, sendBack: true, correct: false, withdraw: false },
    });

    const back = data(await call(SEND_BACK, { id, comment: COMMENT }, office), 'sendBackNewsItem');
    expect(back).toMatchObject({ status: 'DRAFT', submittedAt: null, sentBack: { comment: COMMENT, role: 'COORDINATOR' } });
    // The author sees the comment on their draft and may change it again; the queue no longer lists it.
    const mine = data<Array<{ id: string; sentBack: { comment: string } | null }>>(
      await call(`{ myNewsItems { id sentBack { comment } } }`, {}, author.cookie),
      'myNewsItems',
    );
    expect(mine.find((entry) => entry.id === id)?.sentBack?.comment).toBe(COMMENT);
    expect(data(await call(ONE, { id }, author.cookie), 'newsItem')).toMatchObject({ viewerCan: { edit: true, sendBack: false, approve: false } });
    const queue = data<Array<{ id: string }>>(await call(`{ newsApprovalQueue { id } }`, {}, office), 'newsApprovalQueue');
    expect(queue.map((entry) => entry.id)).not.toContain(id);

    data(await call(UPDATE, { id, input: draft('Schnellbus: 1.200 Fahrgäste am Tag (Zählung der DSW21)') }, author.cookie), 'updateNewsDraft');
    data(await call(step('submitNewsItem'), { id }, author.cookie), 'submitNewsItem');
    // The approver sees what they asked for beside the resubmitted item.
    expect(data(await call(ONE, { id }, office), 'newsItem')).toMatchObject({ status: 'SUBMITTED', sentBack: { comment: COMMENT } });
    const mayor = await signedInAs('oberbuergermeister@demo.example.org');
    data(await call(step('approveNewsItem'), { id }, mayor), 'approveNewsItem');
    // Published, the comment is history (the trail keeps it), and the public never saw it.
    expect(data(await call(ONE, { id }, author.cookie), 'newsItem')).toMatchObject({ status: 'PUBLISHED', sentBack: null });
    expect(data(await call(ONE, { id }), 'newsItem')).toMatchObject({
      sentBack: null,
      viewerCan: { edit: false, approve: false, sendBack: false, correct: false, withdraw: false },
    });

    const csv = await (await fetch(`${app().url}/news/${id}/trail.csv`, { headers: { cookie: office } })).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(lines.map((line) => line.split(',')[1])).toEqual([
      'news.drafted',
      'news.submitted',
      'news.sent_back',
      'news.updated',
      'news.submitted',
      'news.approved',
      'news.published',
    ]);
    expect(lines[2]).toContain(COMMENT);
    expect(lines[2]).toContain('COORDINATOR');
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'news.sent_back' } });
    expect(event.changes).toEqual({ status: { from: 'SUBMITTED', to: 'DRAFT' }, comment: COMMENT, sentBackAs: 'COORDINATOR' });
  });

  it('is refused to the author (even a coordinator), to members who may not approve, in the wrong state, and without a fitting comment', async () => {
    const author = await member('COORDINATOR');
    const id = await submitted(author.cookie);
    expect(data(await call(ONE, { id }, author.cookie), 'newsItem')).toMatchObject({ viewerCan: { sendBack: false, approve: false } });
    expect(code(await call(SEND_BACK, { id, comment: COMMENT }, author.cookie))).toBe('NEWS_SELF_APPROVAL');
    const colleague = await member();
    expect(code(await call(ONE, { id }, colleague.cookie))).toBe('NEWS_ITEM_NOT_FOUND');
    expect(code(await call(SEND_BACK, { id, comment: COMMENT }, colleague.cookie))).toBe('NEWS_APPROVER_REQUIRED');
    expect(code(await call(SEND_BACK, { id, comment: COMMENT }))).toBe('UNAUTHENTICATED');
    const mayor = await signedInAs('oberbuergermeister@demo.example.org');
    expect(code(await call(SEND_BACK, { id, comment: 'kurz' }, mayor))).toBe('BAD_USER_INPUT');
    expect(code(await call(SEND_BACK, { id, comment: 'x'.repeat(1001) }, mayor))).toBe('BAD_USER_INPUT');
    expect(code(await call(SEND_BACK, { id: '00000000-0000-4000-8000-000000000000', comment: COMMENT }, mayor))).toBe('NEWS_ITEM_NOT_FOUND');

    // The office holder sends it back as the office; twice at once, exactly one wins.
    const replies = await Promise.all([call(SEND_BACK, { id, comment: COMMENT }, mayor), call(SEND_BACK, { id, comment: COMMENT }, mayor)]);
    expect(replies.map(code).sort()).toEqual(['NEWS_STATE_INVALID', undefined]);
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: 'news.sent_back' } })).toBe(1);
    const item = await prisma().newsItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ status: 'DRAFT', sentBackAs: 'OFFICE_HOLDER', sentBackComment: COMMENT });
    // A draft cannot be sent back; neither can a published item.
    expect(code(await call(SEND_BACK, { id, comment: COMMENT }, mayor))).toBe('NEWS_STATE_INVALID');
    data(await call(step('submitNewsItem'), { id }, author.cookie), 'submitNewsItem');
    data(await call(step('approveNewsItem'), { id }, mayor), 'approveNewsItem');
    expect(code(await call(SEND_BACK, { id, comment: COMMENT }, mayor))).toBe('NEWS_STATE_INVALID');
  });

  it('viewerCan answers as the correction and withdrawal mutations decide', async () => {
    const author = await member();
    const id = await submitted(author.cookie);
    const mayor = await signedInAs('oberbuergermeister@demo.example.org');
    data(await call(step('approveNewsItem'), { id }, mayor), 'approveNewsItem');
    const colleague = await member();
    const can = async (cookie?: string) => data<{ viewerCan: Record<string, boolean> }>(await call(ONE, { id }, cookie), 'newsItem').viewerCan;
    expect(await can(author.cookie)).toEqual({ edit: false, approve: false, sendBack: false, correct: false, withdraw: true });
    expect(await can(colleague.cookie)).toEqual({ edit: false, approve: false, sendBack: false, correct: false, withdraw: false });
    expect(await can(mayor)).toEqual({ edit: false, approve: false, sendBack: false, correct: true, withdraw: true });
    const correct = `mutation($id: ID!, $input: NewsCorrectionInput!) { correctNewsItem(id: $id, input: $input) { version } }`;
    const input = {
      title: 'Schnellbus: 1.300 Fahrgäste',
      teaser: 'Die Linie wird gut angenommen.',
      body: 'Korrigierte Zahl.',
      reason: 'Zählung nachgereicht',
    };
    expect(code(await call(correct, { id, input }, author.cookie))).toBe('NEWS_SELF_APPROVAL');
    expect(code(await call(correct, { id, input }, colleague.cookie))).toBe('NEWS_APPROVER_REQUIRED');
    const withdraw = `mutation($id: ID!) { withdrawNewsItem(id: $id, reason: "Linie eingestellt") { status } }`;
    expect(code(await call(withdraw, { id }, colleague.cookie))).toBe('NEWS_APPROVER_REQUIRED');
    expect(data(await call(withdraw, { id }, author.cookie), 'withdrawNewsItem')).toEqual({ status: 'WITHDRAWN' });
    expect(await can(mayor)).toEqual({ edit: false, approve: false, sendBack: false, correct: false, withdraw: false });
  });
});
