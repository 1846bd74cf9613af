import { accountsClient } from './support/accounts';
import { createSkills, NEED_FIELDS, needInput, OFFER_FIELDS, offerInput } from './support/matchmaking';
import { useDemoApp } from './support/demo-app';
import { everyPage, type Page } from './support/paging';

const { app, municipality } = useDemoApp();
let dortmund: string;
let arnsberg: string;
let velkamp: string;
let kalthoefer: string;
beforeAll(async () => {
  dortmund = municipality();
  const prisma = app().db.database.prisma;
  arnsberg = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Arnsberg' } })).id;
  velkamp = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'velkamp-intralogistik' } })).id;
  kalthoefer = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'kalthoefer-soehne' } })).id;
});

const { call, signedIn, signedInAs } = accountsClient(app, municipality);

type Need = { id: string; status: string; expiresAt: string | null; viewerCanEdit: boolean; skills: Array<{ skill: { id: string } }> };
type Offer = { id: string; status: string; isIndividual: boolean; organisation: { id: string } | null };

const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const NEEDS_BOARD = `query($filter: NeedFilter, $first: Int!, $after: String, $sort: BoardSort) { needs(filter: $filter, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;
const MATCHES = `query($id: ID!) { needMatches(needId: $id, first: 20) { score skillScore distanceKm distanceIgnored availabilityGapDays requiredShared requiredTotal crossRegion
  sharedSkills { id } missingSkills { id } offer { id title } } }`;

function codeOf(reply: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }): unknown {
  return reply.body.errors?.[0]?.extensions?.code;
}

async function createNeed(
  cookie: string,
  skills: Array<{ skillId: string; weight?: string; level?: string }>,
  overrides: Record<string, unknown> = {},
): Promise<Need> {
  const reply = await call(CREATE_NEED, { input: { organisationId: velkamp, ...needInput(dortmund, skills, overrides) } }, cookie);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data!.createNeed as Need;
}

async function createOffer(
  cookie: string,
  skills: Array<{ skillId: string; level?: string }>,
  overrides: Record<string, unknown> = {},
): Promise<Offer> {
  const reply = await call(
    CREATE_OFFER,
    { input: { kind: 'TRAINING', organisationId: kalthoefer, ...offerInput(arnsberg, skills, overrides) } },
    cookie,
  );
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data!.createOffer as Offer;
}

describe('needs', () => {
  it('go from draft to open to filled; only open ones are on the board', async () => {
    const cookie = await signedInAs('velkamp@demo.example.org');
    const [plc] = await createSkills(app(), 1);
    const need = await createNeed(cookie, [{ skillId: plc! }]);
    expect(need).toMatchObject({ status: 'DRAFT', expiresAt: null, viewerCanEdit: true });
    const board = async () =>
      (await call(NEEDS_BOARD, { filter: { skillIds: [plc] }, first: 10 })).body.data!.needs as {
        totalCount: number;
        edges: Array<{ node: { id: string } }>;
      };
    expect((await board()).totalCount).toBe(0);

    const published = await call(`mutation($id: ID!) { publishNeed(id: $id) { status publishedAt expiresAt } }`, { id: need.id }, cookie);
    const open = published.body.data!.publishNeed as { status: string; publishedAt: string; expiresAt: string };
    expect(open.status).toBe('OPEN');
    expect(Date.parse(open.expiresAt) - Date.parse(open.publishedAt)).toBe(90 * 86_400_000);
    expect((await board()).edges.map((edge) => edge.node.id)).toEqual([need.id]);
    // Anonymous visitors see it, but may not edit it.
    expect((await call(`query($id: ID!) { need(id: $id) { title viewerCanEdit } }`, { id: need.id })).body.data).toEqual({
      need: { title: 'Fachkraft Automatisierungstechnik', viewerCanEdit: false },
    });

    const filled = await call(`mutation($id: ID!) { closeNeed(id: $id, outcome: FILLED) { status } }`, { id: need.id }, cookie);
    expect(filled.body.data).toEqual({ closeNeed: { status: 'FILLED' } });
    expect((await board()).totalCount).toBe(0);
    expect(codeOf(await call(`mutation($id: ID!) { publishNeed(id: $id) { status } }`, { id: need.id }, cookie))).toBe('INVALID_STATUS_TRANSITION');
    expect(codeOf(await call(`query($id: ID!) { need(id: $id) { id } }`, { id: need.id }))).toBe('NEED_NOT_FOUND');
    const actions = await app().db.database.prisma.auditEvent.findMany({
      where: { entityId: need.id },
      orderBy: { occurredAt: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['need.created', 'need.published', 'need.filled']);
  });

  it('can be drafted by an unverified company but not published', async () => {
    const person = await signedIn();
    const organisationId = (await app().db.database.prisma.membership.findFirstOrThrow({ where: { user: { email: person.email } } })).organisationId;
    const [skill] = await createSkills(app(), 1);
    const draft = await call(CREATE_NEED, { input: { organisationId, ...needInput(dortmund, [{ skillId: skill! }]) } }, person.cookie);
    const id = (draft.body.data!.createNeed as Need).id;
    expect(codeOf(await call(`mutation($id: ID!) { publishNeed(id: $id) { status } }`, { id }, person.cookie))).toBe('ORGANISATION_NOT_VERIFIED');
    expect(await app().db.database.prisma.skillNeed.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: 'DRAFT' });
  });

  it('can be discarded as a draft: closed without ever having been published', async () => {
    const owner = await signedInAs('velkamp@demo.example.org');
    const [skill] = await createSkills(app(), 1);
    const need = await createNeed(owner, [{ skillId: skill! }]);
    const closed = await call(`mutation($id: ID!) { closeNeed(id: $id, outcome: CLOSED) { status publishedAt } }`, { id: need.id }, owner);
    expect(closed.body.data).toEqual({ closeNeed: { status: 'CLOSED', publishedAt: null } });
    expect(codeOf(await call(`mutation($id: ID!) { publishNeed(id: $id) { status } }`, { id: need.id }, owner))).toBe('INVALID_STATUS_TRANSITION');
    const offer = await call(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: { organisationId: velkamp, kind: 'IT_COMPETENCE', ...offerInput(dortmund, [{ skillId: skill! }]) } },
      owner,
    );
    const offerId = (offer.body.data!.createOffer as { id: string }).id;
    expect((await call(`mutation($id: ID!) { closeOffer(id: $id) { status publishedAt } }`, { id: offerId }, owner)).body.data).toEqual({
      closeOffer: { status: 'CLOSED', publishedAt: null },
    });
  });

  it('belong to their company: others can neither create for it nor see drafts nor change them', async () => {
    const owner = await signedInAs('velkamp@demo.example.org');
    const stranger = await signedInAs('kalthoefer@demo.example.org');
    const [skill] = await createSkills(app(), 1);
    expect(codeOf(await call(CREATE_NEED, { input: { organisationId: velkamp, ...needInput(dortmund, [{ skillId: skill! }]) } }, stranger))).toBe(
      'NOT_ORGANISATION_MEMBER',
    );
    const need = await createNeed(owner, [{ skillId: skill! }]);
    expect(codeOf(await call(`query($id: ID!) { need(id: $id) { id } }`, { id: need.id }, stranger))).toBe('NEED_NOT_FOUND');
    const update = await call(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }`,
      { id: need.id, input: needInput(dortmund, [{ skillId: skill! }]) },
      stranger,
    );
    expect(codeOf(update)).toBe('NEED_NOT_FOUND');
    expect(codeOf(await call(`mutation($id: ID!) { closeNeed(id: $id, outcome: CLOSED) { id } }`, { id: need.id }, stranger))).toBe('NEED_NOT_FOUND');
    expect(codeOf(await call(`query($id: ID!) { needMatches(needId: $id) { score } }`, { id: need.id }, stranger))).toBe('NEED_NOT_FOUND');
  });

  it('refuse bad input with coded errors', async () => {
    const cookie = await signedInAs('velkamp@demo.example.org');
    const [skill] = await createSkills(app(), 1);
    const attempt = (overrides: Record<string, unknown>, skills = [{ skillId: skill! }]) =>
      call(CREATE_NEED, { input: { organisationId: velkamp, ...needInput(dortmund, skills, overrides) } }, cookie);
    expect(codeOf(await attempt({ title: 'x'.repeat(121) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt({ headcount: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt({ startDate: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt({ kind: 'FOREVER' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt({}, []))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt({}, [{ skillId: skill! }, { skillId: skill! }]))).toBe('UNKNOWN_SKILLS');
    expect(codeOf(await attempt({}, [{ skillId: '00000000-0000-4000-8000-000000000000' }]))).toBe('UNKNOWN_SKILLS');
    expect(codeOf(await attempt({ municipalityId: '00000000-0000-4000-8000-000000000000' }))).toBe('UNKNOWN_MUNICIPALITY');
  });
});

describe('offers', () => {
  it('from individuals are pseudonymous talents: no organisation, only the municipality', async () => {
    const person = await signedIn();
    const [skill] = await createSkills(app(), 1);
    const created = await call(CREATE_OFFER, { input: { kind: 'TALENT', ...offerInput(arnsberg, [{ skillId: skill! }]) } }, person.cookie);
    const offer = created.body.data!.createOffer as Offer;
    expect(offer).toMatchObject({ isIndividual: true, organisation: null, status: 'DRAFT' });
    await call(`mutation($id: ID!) { publishOffer(id: $id) { status } }`, { id: offer.id }, person.cookie);
    const board = await call(
      `query($s: [ID!]) { offers(filter: { skillIds: $s }, first: 5) { edges { node { id isIndividual organisation { id } municipality { name } } } } }`,
      { s: [skill] },
    );
    expect(board.body.data).toEqual({
      offers: { edges: [{ node: { id: offer.id, isIndividual: true, organisation: null, municipality: { name: 'Arnsberg' } } }] },
    });
    // A talent offer cannot name an organisation, and an organisation's offer must.
    expect(
      codeOf(
        await call(
          CREATE_OFFER,
          { input: { kind: 'TALENT', organisationId: kalthoefer, ...offerInput(arnsberg, [{ skillId: skill! }]) } },
          person.cookie,
        ),
      ),
    ).toBe('OFFER_OWNER_INVALID');
    expect(codeOf(await call(CREATE_OFFER, { input: { kind: 'TRAINING', ...offerInput(arnsberg, [{ skillId: skill! }]) } }, person.cookie))).toBe(
      'OFFER_OWNER_INVALID',
    );
  });
});

describe('matching through GraphQL', () => {
  it('explains each match and follows every change at once', async () => {
    const company = await signedInAs('velkamp@demo.example.org');
    const provider = await signedInAs('kalthoefer@demo.example.org');
    const [plc, cnc, cad, sap] = await createSkills(app(), 4);
    const need = await createNeed(company, [{ skillId: plc! }, { skillId: cnc!, level: 'EXPERT' }, { skillId: cad!, weight: 'NICE_TO_HAVE' }]);
    await call(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: need.id }, company);
    const offer = await createOffer(provider, [{ skillId: plc! }, { skillId: cnc!, level: 'INTERMEDIATE' }], { radiusKm: 100 });
    // Drafts are not matched.
    expect((await call(MATCHES, { id: need.id }, company)).body.data).toEqual({ needMatches: [] });
    await call(`mutation($id: ID!) { publishOffer(id: $id) { id } }`, { id: offer.id }, provider);

    const [match] = (await call(MATCHES, { id: need.id }, company)).body.data!.needMatches as Array<Record<string, unknown>>;
    expect(match).toMatchObject({
      requiredShared: 2,
      requiredTotal: 2,
      crossRegion: true,
      distanceIgnored: false,
      availabilityGapDays: 0,
      sharedSkills: [{ id: plc }, { id: cnc }],
      missingSkills: [{ id: cad }],
      offer: { id: offer.id },
    });
    // (3·10 + 3·5) / (3+3+1)·10 skill units; Arnsberg is within 100 km of Dortmund.
    expect(match!.skillScore).toBeCloseTo(45 / 70, 12);
    expect(match!.score).toBeCloseTo(0.6 * (45 / 70) + 0.25 + 0.15, 12);

    // An edit of the offer shows at once: without common skills it is no match any more.
    await call(
      `mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }`,
      { id: offer.id, input: offerInput(arnsberg, [{ skillId: sap! }]) },
      provider,
    );
    expect((await call(MATCHES, { id: need.id }, company)).body.data).toEqual({ needMatches: [] });
    // Remote needs ignore distance even for a radius of 0.
    await call(
      `mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { id } }`,
      { id: offer.id, input: offerInput(arnsberg, [{ skillId: plc! }], { radiusKm: 0 }) },
      provider,
    );
    await call(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { id } }`,
      { id: need.id, input: needInput(dortmund, [{ skillId: plc! }], { remoteMode: 'REMOTE' }) },
      company,
    );
    const remote = (await call(MATCHES, { id: need.id }, company)).body.data!.needMatches as Array<{ score: number; distanceIgnored: boolean }>;
    expect(remote).toEqual([expect.objectContaining({ score: 1, distanceIgnored: true })]);
    // The other way round, for the offer's owner.
    const back = await call(`query($id: ID!) { offerMatches(offerId: $id, first: 5) { score need { id } } }`, { id: offer.id }, provider);
    expect(back.body.data).toEqual({ offerMatches: [{ score: 1, need: { id: need.id } }] });
    expect(codeOf(await call(`query($id: ID!) { offerMatches(offerId: $id, first: 5) { score } }`, { id: offer.id }, company))).toBe('FORBIDDEN');
    expect(codeOf(await call(`query($id: ID!) { offerMatches(offerId: $id, first: 51) { score } }`, { id: offer.id }, provider))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the board', () => {
  it('filters by skill, region, side, distance and words, sorts by relevance, and pages without gaps', async () => {
    const company = await signedInAs('velkamp@demo.example.org');
    const [a, b, c] = await createSkills(app(), 3);
    const ids: string[] = [];
    for (const skills of [[a], [a, b], [a, b, c], [b], [c]]) {
      const need = await createNeed(
        company,
        skills.map((skillId) => ({ skillId: skillId! })),
        { title: `Bedarf für Schweißtechnik ${skills.length}` },
      );
      await call(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: need.id }, company);
      ids.push(need.id);
    }
    const page = async (variables: Record<string, unknown>) =>
      (await call(NEEDS_BOARD, { first: 10, ...variables })).body.data!.needs as Page<{ id: string }>;
    const relevant = await page({ filter: { skillIds: [a, b, c] }, sort: 'RELEVANCE' });
    expect(relevant.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[1], ids[4], ids[3], ids[0]]);
    expect((await page({ filter: { skillIds: [a], region: 'DORTMUND', side: 'DORTMUND' } })).totalCount).toBe(3);
    expect((await page({ filter: { skillIds: [a], region: 'OLPE' } })).totalCount).toBe(0);
    expect((await page({ filter: { skillIds: [a], near: { municipalityId: arnsberg, km: 20 } } })).totalCount).toBe(0);
    expect((await page({ filter: { skillIds: [a], near: { municipalityId: arnsberg, km: 60 } } })).totalCount).toBe(3);
    expect((await page({ filter: { skillIds: [c], search: 'SCHWEISSTECHNIK 3' } })).edges.map((edge) => edge.node.id)).toEqual([ids[2]]);

    const seen = await everyPage((after) => page({ filter: { skillIds: [a, b, c] }, sort: 'RELEVANCE', first: 2, after }), relevant.totalCount);
    expect(seen.map((node) => node.id)).toEqual(relevant.edges.map((edge) => edge.node.id));
    expect(codeOf(await call(NEEDS_BOARD, { first: 5, after: 'bogus' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(NEEDS_BOARD, { first: 5, filter: { near: { municipalityId: arnsberg, km: 501 } } }))).toBe('BAD_USER_INPUT');
  });
});
