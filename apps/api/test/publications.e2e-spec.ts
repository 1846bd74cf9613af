import { accountsClient, type Reply } from './support/accounts';
import { seedDemoMeetings } from '../src/meetings';
import { seedDemoNews } from '../src/publications';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp();
const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);
const prisma = () => app().db.database.prisma;

let stadtDortmund: string;
let ihkSiegen: string;
let mayorsOffice: string;
beforeAll(async () => {
  stadtDortmund = (await prisma().organisation.findUniqueOrThrow({ where: { slug: 'stadt-dortmund' } })).id;
  ihkSiegen = (await prisma().organisation.findUniqueOrThrow({ where: { slug: 'ihk-siegen' } })).id;
  mayorsOffice = (await prisma().office.findFirstOrThrow({ where: { organisationId: stadtDortmund, titleDe: 'Oberbürgermeister Dortmund' } })).id;
});

/** A new signed-in person, member of the organisation, optionally with a platform role. */
async function staffOf(organisationId: string, role?: 'COORDINATOR'): Promise<{ cookie: string; userId: string; email: string }> {
  const person = await signedIn();
  const user = await prisma().user.findUniqueOrThrow({ where: { email: person.email } });
  await prisma().membership.create({ data: { userId: user.id, organisationId, role: 'MEMBER' } });
  if (role) await prisma().userRole.create({ data: { userId: user.id, role } });
  return { ...person, userId: user.id };
}

const ITEM = `id status version title authorName office { name } organisation { name } links promotion { cents budgetLine }
  media { title sourceUrl licence publicFunds producedBy }
  approval { role office { id name } approverName } versions { version title reason } withdrawalReason`;

function draft(overrides: Record<string, unknown> = {}) {
  return {
    organisationId: stadtDortmund,
    officeId: mayorsOffice,
    topicField: 'INFRASTRUCTURE',
    title: 'Schnellbuslinie Dortmund–Lüdenscheid startet',
    teaser: 'Ab März verbindet eine Schnellbuslinie Dortmund und Lüdenscheid.',
    body: 'Die neue Linie fährt im Stundentakt.\n\nSie ist ein Ergebnis der Partnerschaft.',
    links: ['https://www.dortmund.de/verkehr'],
    media: [
      {
        title: 'Bus am Hauptbahnhof',
        sourceUrl: 'https://www.dortmund.de/bilder/bus.jpg',
        licence: 'CC BY 4.0',
        publicFunds: true,
        producedBy: 'Stadt Dortmund, Presseamt',
      },
    ],
    promoted: true,
    promotionCents: 12_500,
    budgetLine: 'Öffentlichkeitsarbeit 1.100',
    ...overrides,
  };
}

const CREATE = `mutation($input: NewsDraftInput!) { createNewsDraft(input: $input) { ${ITEM} } }`;
const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${ITEM} } }`;
const CORRECT = `mutation($id: ID!, $input: NewsCorrectionInput!) { correctNewsItem(id: $id, input: $input) { ${ITEM} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawNewsItem(id: $id, reason: $reason) { ${ITEM} } }`;
const ONE = `query($id: ID!) { newsItem(id: $id) { ${ITEM} } }`;

type Item = {
  id: string;
  status: string;
  version: number;
  approval: { role: string; office: { id: string; name: string } | null; approverName: string | null } | null;
} & Record<string, unknown>;
const code = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;
const item = (reply: Reply, field: string): Item => {
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data?.[field] as Item;
};

async function submitted(author: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = item(await call(CREATE, { input: draft(overrides) }, author), 'createNewsDraft');
  item(await call(step('submitNewsItem'), { id: created.id }, author), 'submitNewsItem');
  return created.id;
}

const correction = {
  title: 'Schnellbuslinie Dortmund–Lüdenscheid startet im April',
  teaser: 'Ab April verbindet eine Schnellbuslinie beide Städte.',
  body: 'Die Linie startet einen Monat später.',
  links: [],
  reason: 'Starttermin verschoben',
};

describe('news items', () => {
  it('go draft → submitted → published by the office holder → corrected → withdrawn, visibly and audited', async () => {
    const author = await staffOf(stadtDortmund);
    const created = item(await call(CREATE, { input: draft() }, author.cookie), 'createNewsDraft');
    expect(created).toMatchObject({
      status: 'DRAFT',
      office: { name: 'Oberbürgermeister Dortmund (Amt)' },
      organisation: { name: 'Stadt Dortmund' },
      promotion: { cents: 12_500, budgetLine: 'Öffentlichkeitsarbeit 1.100' },
      media: [{ licence: 'CC BY 4.0', publicFunds: true, producedBy: 'Stadt Dortmund, Presseamt' }],
      approval: null,
    });
    // A draft is nobody else's business.
    expect(code(await call(ONE, { id: created.id }))).toBe('NEWS_ITEM_NOT_FOUND');
    expect(code(await call(ONE, { id: created.id }, (await signedIn()).cookie))).toBe('NEWS_ITEM_NOT_FOUND');
    expect(code(await call(step('approveNewsItem'), { id: created.id }, await coordinator()))).toBe('NEWS_STATE_INVALID');

    item(await call(step('submitNewsItem'), { id: created.id }, author.cookie), 'submitNewsItem');
    expect(code(await call(step('approveNewsItem'), { id: created.id }, author.cookie))).toBe('NEWS_SELF_APPROVAL');
    expect(code(await call(step('approveNewsItem'), { id: created.id }, (await staffOf(stadtDortmund)).cookie))).toBe('NEWS_APPROVER_REQUIRED');

    const mayor = await signedInAs('oberbuergermeister@demo.example.org');
    const queue = await call(`{ newsApprovalQueue { id } }`, {}, mayor);
    expect((queue.body.data?.newsApprovalQueue as Array<{ id: string }>).map((q) => q.id)).toContain(created.id);
    const published = item(await call(step('approveNewsItem'), { id: created.id }, mayor), 'approveNewsItem');
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      approval: { role: 'OFFICE_HOLDER', office: { id: mayorsOffice }, approverName: 'Demo Oberbürgermeister' },
      versions: [{ version: 1, reason: null }],
    });
    // The public sees it, without the author's name.
    expect(item(await call(ONE, { id: created.id }), 'newsItem')).toMatchObject({ status: 'PUBLISHED', authorName: null });

    expect(code(await call(CORRECT, { id: created.id, input: correction }, author.cookie))).toBe('NEWS_SELF_APPROVAL');
    const corrected = item(await call(CORRECT, { id: created.id, input: correction }, await coordinator()), 'correctNewsItem');
    expect(corrected).toMatchObject({
      status: 'PUBLISHED',
      version: 2,
      title: correction.title,
      versions: [
        { version: 2, reason: 'Starttermin verschoben', title: correction.title },
        { version: 1, reason: null, title: 'Schnellbuslinie Dortmund–Lüdenscheid startet' },
      ],
      // The approval of the publication is not the correction's.
      approval: { role: 'OFFICE_HOLDER' },
    });

    expect(code(await call(WITHDRAW, { id: created.id, reason: 'Linie abgesagt' }, (await signedIn()).cookie))).toBe('NEWS_APPROVER_REQUIRED');
    const withdrawn = item(await call(WITHDRAW, { id: created.id, reason: 'Linie abgesagt' }, author.cookie), 'withdrawNewsItem');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Linie abgesagt', version: 2 });
    expect(item(await call(ONE, { id: created.id }), 'newsItem')).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Linie abgesagt' });
    expect(code(await call(WITHDRAW, { id: created.id, reason: 'Noch einmal' }, author.cookie))).toBe('NEWS_STATE_INVALID');

    const events = await prisma().auditEvent.findMany({
      where: { entityType: 'NewsItem', entityId: created.id },
      orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }],
    });
    expect(events.map((event) => event.action)).toEqual([
      'news.drafted',
      'news.submitted',
      'news.approved',
      'news.published',
      'news.corrected',
      'news.withdrawn',
    ]);
    expect(events.every((event) => event.actingOrganisationId === stadtDortmund)).toBe(true);
  });

  it('are never approved by their author, not even by a coordinator; another coordinator approves as COORDINATOR, without a name', async () => {
    const wfDortmund = (await prisma().organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } })).id;
    const first = await staffOf(wfDortmund, 'COORDINATOR');
    const id = await submitted(first.cookie, { organisationId: wfDortmund, officeId: null });
    expect(code(await call(step('approveNewsItem'), { id }, first.cookie))).toBe('NEWS_SELF_APPROVAL');
    expect((await call(`{ newsApprovalQueue { id } }`, {}, first.cookie)).body.data?.newsApprovalQueue).not.toContainEqual({ id });
    // Not the holder of the mayor's office either: the item is not on behalf of it.
    expect(code(await call(step('approveNewsItem'), { id }, await signedInAs('oberbuergermeister@demo.example.org')))).toBe('NEWS_APPROVER_REQUIRED');
    const approved = item(await call(step('approveNewsItem'), { id }, await coordinator()), 'approveNewsItem');
    expect(approved.approval).toMatchObject({ role: 'COORDINATOR', office: null, approverName: null });
  });

  it('stay attributed to the office after a handover; the new holder corrects, the predecessor no longer can', async () => {
    const office = await prisma().office.create({
      data: { organisationId: stadtDortmund, titleDe: `Stadtdirektorin ${Date.now()}`, titleEn: 'City director', role: 'OFFICIAL' },
    });
    const [first, second, author] = [await staffOf(stadtDortmund), await staffOf(stadtDortmund), await staffOf(stadtDortmund)];
    await prisma().officeTerm.create({ data: { officeId: office.id, userId: first.userId } });
    const firstName = (await prisma().user.findUniqueOrThrow({ where: { id: first.userId } })).name;
    const id = await submitted(author.cookie, { officeId: office.id });
    item(await call(step('approveNewsItem'), { id }, first.cookie), 'approveNewsItem');

    const handed = await call(
      `mutation($office: ID!, $user: ID!) { handOverOffice(officeId: $office, successorUserId: $user) { id } }`,
      { office: office.id, user: second.userId },
      await coordinator(),
    );
    expect(handed.body.errors).toBeUndefined();
    const after = item(await call(ONE, { id }), 'newsItem');
    expect(after.approval).toMatchObject({
      role: 'OFFICE_HOLDER',
      office: { id: office.id, name: `${office.titleDe} (Amt)` },
      approverName: firstName,
    });

    const predecessor = await call(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: first.email, password: 'Sauerländer Drahtzieher 2026' },
    });
    const predecessorCookie = predecessor.cookies[0]!.split(';')[0]!;
    expect(code(await call(CORRECT, { id, input: correction }, predecessorCookie))).toBe('NEWS_APPROVER_REQUIRED');
    const corrected = item(await call(CORRECT, { id, input: correction }, second.cookie), 'correctNewsItem');
    expect(corrected).toMatchObject({ version: 2, approval: { approverName: firstName } });
    const approvedEvent = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'news.approved' } });
    expect(approvedEvent).toMatchObject({ actorUserId: first.userId, changes: { approvedAs: 'OFFICE_HOLDER', officeId: office.id } });
  });

  it('refuse links and media from disallowed hosts, naming the link', async () => {
    const author = await staffOf(stadtDortmund);
    const link = await call(CREATE, { input: draft({ links: ['https://www.dortmund.de/', 'https://www.facebook.com/ob.dortmund'] }) }, author.cookie);
    expect(code(link)).toBe('NEWS_LINK_DISALLOWED');
    expect(link.body.errors?.[0]?.message).toContain('https://www.facebook.com/ob.dortmund');
    const media = draft({ media: [{ title: 'Plakat', sourceUrl: 'https://dortmund.spd.de/plakat.jpg', licence: 'CC BY 4.0', publicFunds: false }] });
    const mediaReply = await call(CREATE, { input: media }, author.cookie, 'en');
    expect(code(mediaReply)).toBe('NEWS_LINK_DISALLOWED');
    expect(mediaReply.body.errors?.[0]?.message).toMatch(/^Official news items must not link .*https:\/\/dortmund\.spd\.de\/plakat\.jpg/);
    // A company page on LinkedIn is fine, a personal profile is not, also in a correction.
    const id = await submitted(author.cookie, { links: ['https://www.linkedin.com/company/stadt-dortmund'] });
    item(await call(step('approveNewsItem'), { id }, await coordinator()), 'approveNewsItem');
    const profile = await call(CORRECT, { id, input: { ...correction, links: ['https://de.linkedin.com/in/ob-dortmund'] } }, await coordinator());
    expect(code(profile)).toBe('NEWS_LINK_DISALLOWED');
    expect((await prisma().newsItem.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    expect(code(await call(CREATE, { input: draft({ links: ['javascript:alert(1)'] }) }, author.cookie))).toBe('BAD_USER_INPUT');
  });

  it('check who writes for which organisation and office, promotion and ties', async () => {
    const author = await staffOf(stadtDortmund);
    expect(code(await call(CREATE, { input: draft({ organisationId: ihkSiegen, officeId: null }) }, author.cookie))).toBe('NOT_ORGANISATION_MEMBER');
    const siegen = await staffOf(ihkSiegen);
    const choices = (await call(`{ myNewsOffices { id name organisationId } }`, {}, author.cookie)).body.data?.myNewsOffices;
    expect(choices).toContainEqual({ id: mayorsOffice, name: 'Oberbürgermeister Dortmund (Amt)', organisationId: stadtDortmund });

    expect(code(await call(CREATE, { input: draft({ organisationId: ihkSiegen }) }, siegen.cookie))).toBe('NEWS_OFFICE_MISMATCH');
    expect((await call(`{ myNewsOffices { id } }`, {}, siegen.cookie)).body.data?.myNewsOffices).not.toContainEqual({ id: mayorsOffice });
    expect(code(await call(CREATE, { input: draft({ budgetLine: null }) }, author.cookie))).toBe('NEWS_PROMOTION_INVALID');
    expect(code(await call(CREATE, { input: draft({ promoted: false }) }, author.cookie))).toBe('NEWS_PROMOTION_INVALID');
    expect(code(await call(CREATE, { input: draft({ projectId: '00000000-0000-4000-8000-000000000000' }) }, author.cookie))).toBe(
      'NEWS_TIE_NOT_FOUND',
    );
    expect(code(await call(CREATE, { input: draft() }))).toBe('UNAUTHENTICATED');
    const created = item(await call(CREATE, { input: draft() }, author.cookie), 'createNewsDraft');
    const update = `mutation($id: ID!, $input: NewsDraftInput!) { updateNewsDraft(id: $id, input: $input) { ${ITEM} } }`;
    expect(code(await call(update, { id: created.id, input: draft() }, await coordinator()))).toBe('NEWS_NOT_AUTHOR');
    expect(code(await call(step('submitNewsItem'), { id: created.id }, await coordinator()))).toBe('NEWS_NOT_AUTHOR');
    const updated = item(
      await call(update, { id: created.id, input: draft({ media: [], promoted: false, promotionCents: null, budgetLine: null }) }, author.cookie),
      'updateNewsDraft',
    );
    expect(updated).toMatchObject({ media: [], promotion: null });
    expect(code(await call(step('submitNewsItem'), { id: 'not-a-uuid' }, author.cookie))).toBe('NEWS_ITEM_NOT_FOUND');
  });

  it('are approved once when the coordinator and the office holder approve at the same moment', async () => {
    const author = await staffOf(stadtDortmund);
    const id = await submitted(author.cookie);
    const [coordinatorCookie, mayor] = [await coordinator(), await signedInAs('oberbuergermeister@demo.example.org')];
    const replies = await Promise.all([call(step('approveNewsItem'), { id }, coordinatorCookie), call(step('approveNewsItem'), { id }, mayor)]);
    expect(replies.map(code).sort()).toEqual(['NEWS_STATE_INVALID', undefined].sort());
    expect(await prisma().newsItemVersion.count({ where: { newsItemId: id } })).toBe(1);
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: 'news.approved' } })).toBe(1);
  });

  it('are listed publicly by topic field, organisation and office, newest first, page by page', async () => {
    const author = await staffOf(ihkSiegen);
    const ids: string[] = [];
    for (const topicField of ['SKILLED_WORKERS', 'SKILLED_WORKERS', 'RECOVERY']) {
      const id = await submitted(author.cookie, { organisationId: ihkSiegen, officeId: null, topicField });
      item(await call(step('approveNewsItem'), { id }, await coordinator()), 'approveNewsItem');
      ids.push(id);
    }
    await submitted(author.cookie, { organisationId: ihkSiegen, officeId: null, topicField: 'SKILLED_WORKERS' });
    const LIST = `query($filter: NewsFilter, $after: String) { newsItems(first: 1, filter: $filter, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { organisationId: ihkSiegen, topicField: 'SKILLED_WORKERS' };
    const first = (await call(LIST, { filter })).body.data?.newsItems as {
      totalCount: number;
      edges: Array<{ node: { id: string } }>;
      pageInfo: { endCursor: string };
    };
    expect(first.totalCount).toBe(2);
    expect(first.edges[0]!.node.id).toBe(ids[1]);
    const second = (await call(LIST, { filter, after: first.pageInfo.endCursor })).body.data?.newsItems as typeof first & {
      pageInfo: { hasNextPage: boolean };
    };
    expect(second.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const publishers = (await call(`{ newsPublishers { organisations { id name } offices { name } } }`)).body.data?.newsPublishers as {
      organisations: Array<{ id: string; name: string }>;
    };
    expect(publishers.organisations).toContainEqual({ id: ihkSiegen, name: 'Industrie- und Handelskammer Siegen' });
    const byOffice = (await call(LIST, { filter: { officeId: mayorsOffice, organisationId: ihkSiegen } })).body.data?.newsItems as typeof first;
    expect(byOffice.totalCount).toBe(0);
  });

  it('have an audit trail the joint office exports as CSV and JSON, and nobody else', async () => {
    const author = await staffOf(stadtDortmund);
    const id = await submitted(author.cookie, { title: '=HYPERLINK("x") Meldung' });
    item(await call(step('approveNewsItem'), { id }, await signedInAs('oberbuergermeister@demo.example.org')), 'approveNewsItem');
    const get = (path: string, cookie?: string) => fetch(`${app().url}${path}`, { headers: cookie ? { cookie } : {} });
    expect((await get(`/news/${id}/trail.csv`)).status).toBe(401);
    expect((await get(`/news/${id}/trail.csv`, author.cookie)).status).toBe(403);
    const office = await coordinator();
    const csv = await get(`/news/${id}/trail.csv`, office);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('occurredAt,action,actorUserId,actorName,actingOrganisationId,changes,requestId');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['news.drafted', 'news.submitted', 'news.approved', 'news.published']);
    expect(lines[3]).toContain('Demo Oberbürgermeister');
    const json = (await (await get(`/news/${id}/trail.json`, office)).json()) as { events: Array<{ action: string; actorName: string }> };
    expect(json.events.map((event) => event.action)).toEqual(['news.drafted', 'news.submitted', 'news.approved', 'news.published']);
    expect((await get(`/news/00000000-0000-4000-8000-000000000000/trail.json`, office)).status).toBe(404);
  });

  it('are in a public Atom feed with German or English titles, text escaped', async () => {
    const author = await staffOf(stadtDortmund);
    const id = await submitted(author.cookie, { title: 'Tom & "Jerry" <im> Rathaus' });
    item(await call(step('approveNewsItem'), { id }, await coordinator()), 'approveNewsItem');
    const german = await fetch(`${app().url}/news/feed.atom`);
    expect(german.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await german.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="de">/);
    expect(xml).toContain('<title>Meldungen der Wirtschaftsinitiative Westfalen</title>');
    expect(xml).toContain(`<id>urn:uuid:${id}</id>`);
    expect(xml).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;im&gt; Rathaus</title>');
    expect(xml).toContain('<name>Stadt Dortmund – Oberbürgermeister Dortmund (Amt)</name>');
    expect(xml).not.toContain('<im>');
    const english = await (await fetch(`${app().url}/news/feed.atom?lang=en`)).text();
    expect(english).toContain('<title>News of the Westphalian Economic Initiative</title>');
    expect(english).toContain('<name>Stadt Dortmund – Lord Mayor of Dortmund (office)</name>');
  });

  it('come as demo data once: the mayor’s office item, a correction, a reused photo, one in the queue', async () => {
    await seedDemoMeetings(prisma());
    expect(await seedDemoNews(prisma())).toBe(4);
    expect(await seedDemoNews(prisma())).toBe(0);
    const demo = await prisma().newsItem.findMany({
      where: { body: { contains: 'Fiktive Demo-Meldung' } },
      include: { versions: true, media: true },
    });
    expect(demo.map((row) => [row.status, row.version, row.approvedAs]).sort()).toEqual(
      [
        ['PUBLISHED', 1, 'OFFICE_HOLDER'],
        ['PUBLISHED', 2, 'COORDINATOR'],
        ['PUBLISHED', 1, 'COORDINATOR'],
        ['SUBMITTED', 1, null],
      ].sort(),
    );
    const mayorItem = demo.find((row) => row.approvedAs === 'OFFICE_HOLDER')!;
    expect(item(await call(ONE, { id: mayorItem.id }), 'newsItem')).toMatchObject({
      office: { name: 'Oberbürgermeister Dortmund (Amt)' },
      approval: { role: 'OFFICE_HOLDER', approverName: 'Demo Oberbürgermeister' },
      promotion: { cents: 25_000 },
    });
    const trail = await prisma().auditEvent.findMany({ where: { entityId: mayorItem.id }, orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }] });
    expect(trail.map((event) => event.action)).toEqual(['news.drafted', 'news.submitted', 'news.approved', 'news.published']);
  });
});
