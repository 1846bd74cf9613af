import { CONTACT_REQUESTS_PER_DAY } from '../src/matchmaking/contacts/contacts.service';
import { NeedExpiryService } from '../src/matchmaking/needs/need-expiry.service';
import { accountsClient } from './support/accounts';
import { createSkills, needInput, offerInput } from './support/matchmaking';
import { useDemoApp } from './support/demo-app';
import { everyPage, type Page } from './support/paging';

const { app, municipality } = useDemoApp();
let dortmund: string;
let olpe: string;
let velkamp: string;
beforeAll(async () => {
  dortmund = municipality();
  const prisma = app().db.database.prisma;
  olpe = (await prisma.municipality.findFirstOrThrow({ where: { regionKey: 'OLPE' } })).id;
  velkamp = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'velkamp-intralogistik' } })).id;
});

const { call, signedIn, signedInAs } = accountsClient(app, municipality);
const codeOf = (reply: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => reply.body.errors?.[0]?.extensions?.code;

const REQUEST = `mutation($input: RequestContactInput!) { requestContact(input: $input) { id status fromSide } }`;
const ANSWER = `mutation($id: ID!, $accept: Boolean!) { answerContactRequest(id: $id, accept: $accept) { status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawContactRequest(id: $id) { status } }`;
const BOX = `query($box: ContactBox!) { contactRequests(box: $box, first: 20) { totalCount edges { node { id status message counterpart { name email organisationName } offer { id title isIndividual organisation { id } } need { id } } } } }`;

interface Scene {
  company: string;
  talent: { email: string; cookie: string };
  needId: string;
  offerId: string;
}

let companyCookie: string | null = null;

/** A published need of Velkamp and a published talent offer of a new individual sharing a skill. */
async function scene(): Promise<Scene> {
  // One session for the company: sign-in attempts are throttled per account, even successful parallel ones.
  companyCookie ??= await signedInAs('velkamp@demo.example.org');
  const company = companyCookie;
  const talent = await signedIn();
  const [skill] = await createSkills(app(), 1);
  const need = await call(
    `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
    { input: { organisationId: velkamp, ...needInput(dortmund, [{ skillId: skill! }]) } },
    company,
  );
  const needId = (need.body.data!.createNeed as { id: string }).id;
  await call(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: needId }, company);
  const offer = await call(
    `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
    { input: { kind: 'TALENT', ...offerInput(olpe, [{ skillId: skill! }], { title: 'Elektronikerin sucht neue Aufgabe' }) } },
    talent.cookie,
  );
  const offerId = (offer.body.data!.createOffer as { id: string }).id;
  await call(`mutation($id: ID!) { publishOffer(id: $id) { id } }`, { id: offerId }, talent.cookie);
  return { company, talent, needId, offerId };
}

describe('contact requests', () => {
  it('reveal contact details to both sides only after acceptance, and hide them again on withdrawal', async () => {
    const s = await scene();
    const sent = await call(REQUEST, { input: { needId: s.needId, offerId: s.offerId, message: 'Wir würden Sie gern kennenlernen.' } }, s.company);
    const request = sent.body.data!.requestContact as { id: string; status: string; fromSide: string };
    expect(request).toMatchObject({ status: 'PENDING', fromSide: 'NEED' });

    const inbox = async (cookie: string, box = 'INBOX') =>
      (await call(BOX, { box }, cookie)).body.data!.contactRequests as { edges: Array<{ node: Record<string, unknown> }> };
    expect((await inbox(s.talent.cookie)).edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: request.id, status: 'PENDING', counterpart: null, message: 'Wir würden Sie gern kennenlernen.' }),
    ]);
    expect((await inbox(s.company, 'OUTBOX')).edges[0]!.node).toMatchObject({
      id: request.id,
      counterpart: null,
      offer: { isIndividual: true, organisation: null },
    });
    // The talent was told by mail, in their language, without the company seeing the address.
    const mail = await app().db.database.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: s.talent.email, template: 'contact-requested' },
    });
    expect(mail.payload).toMatchObject({ senderLabel: 'Velkamp Intralogistik GmbH' });

    // Only the receiving side answers.
    expect(codeOf(await call(ANSWER, { id: request.id, accept: true }, s.company))).toBe('CONTACT_REQUEST_NOT_FOUND');
    expect((await call(ANSWER, { id: request.id, accept: true }, s.talent.cookie)).body.data).toEqual({
      answerContactRequest: { status: 'ACCEPTED' },
    });
    expect(codeOf(await call(ANSWER, { id: request.id, accept: false }, s.talent.cookie))).toBe('INVALID_STATUS_TRANSITION');

    expect((await inbox(s.company, 'OUTBOX')).edges[0]!.node.counterpart).toEqual({
      name: 'Jana Beispiel',
      email: s.talent.email,
      organisationName: null,
    });
    expect((await inbox(s.talent.cookie)).edges[0]!.node.counterpart).toEqual({
      name: 'Vera Velkamp',
      email: 'velkamp@demo.example.org',
      organisationName: 'Velkamp Intralogistik GmbH',
    });
    expect(
      await app().db.database.prisma.outboxMessage.count({ where: { recipient: 'velkamp@demo.example.org', template: 'contact-answered' } }),
    ).toBeGreaterThan(0);

    expect((await call(WITHDRAW, { id: request.id }, s.company)).body.data).toEqual({ withdrawContactRequest: { status: 'WITHDRAWN' } });
    expect((await inbox(s.company, 'OUTBOX')).edges[0]!.node.counterpart).toBeNull();
    expect(codeOf(await call(WITHDRAW, { id: request.id }, s.talent.cookie))).toBe('INVALID_STATUS_TRANSITION');
    const actions = await app().db.database.prisma.auditEvent.findMany({
      where: { entityId: request.id },
      orderBy: { occurredAt: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['contact.requested', 'contact.accepted', 'contact.withdrawn']);
  });

  it('never show a pseudonymous talent’s name or address to anyone before acceptance, on any query path', async () => {
    const s = await scene();
    const outsider = await signedIn();
    await call(REQUEST, { input: { needId: s.needId, offerId: s.offerId, message: 'Hallo, passt das für Sie?' } }, s.company);
    const talent = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email: s.talent.email } });
    const secrets = [talent.name, talent.email, talent.id];
    const queries = [
      [
        `query($id: ID!) { offer(id: $id) { id title description isIndividual organisation { id name } municipality { name } viewerCanEdit } }`,
        { id: s.offerId },
      ],
      [`{ offers(first: 100) { edges { node { id title organisation { name } } } } }`, {}],
      [`query($id: ID!) { needMatches(needId: $id, first: 50) { offer { id title organisation { name } } } }`, { id: s.needId }],
      [BOX, { box: 'OUTBOX' }],
      [BOX, { box: 'INBOX' }],
      [`{ organisations(first: 100) { edges { node { name } } } }`, {}],
    ] as const;
    for (const cookie of [s.company, outsider.cookie, undefined]) {
      for (const [query, variables] of queries) {
        const reply = await call(query, variables, cookie);
        const text = JSON.stringify(reply.body);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
  });

  it('come in pages, newest first, equal times by id, without gaps or repeats; a forged cursor is refused', async () => {
    const s = await scene();
    const skillId = (await app().db.database.prisma.needSkill.findFirstOrThrow({ where: { needId: s.needId } })).skillId;
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      let needId = s.needId;
      if (i > 0) {
        const need = await call(
          `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
          { input: { organisationId: velkamp, ...needInput(dortmund, [{ skillId }]) } },
          s.company,
        );
        needId = (need.body.data!.createNeed as { id: string }).id;
        await call(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: needId }, s.company);
      }
      const sent = await call(REQUEST, { input: { needId, offerId: s.offerId, message: 'Passt das?' } }, s.company);
      ids.push((sent.body.data!.requestContact as { id: string }).id);
    }
    // Three sent at the same instant, long ago: their order is by id.
    const at = new Date('2026-01-05T12:00:00.000Z');
    await app().db.database.prisma.contactRequest.updateMany({ where: { id: { in: ids.slice(1, 4) } }, data: { createdAt: at } });
    const PAGE = `query($after: String) { contactRequests(box: INBOX, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen = (
      await everyPage(async (after) => (await call(PAGE, { after }, s.talent.cookie)).body.data!.contactRequests as Page<{ id: string }>, 5)
    ).map((node) => node.id);
    const tied = ids.slice(1, 4).sort((a, b) => (a < b ? 1 : -1));
    expect(seen).toEqual([ids[4], ids[0], ...tied]);
    expect(codeOf(await call(PAGE, { after: 'kein-cursor' }, s.talent.cookie))).toBe('BAD_USER_INPUT');
  });

  it('are refused for outsiders, own pairs, unpublished entries and duplicates', async () => {
    const s = await scene();
    const outsider = await signedIn();
    const input = { needId: s.needId, offerId: s.offerId, message: 'Guten Tag, wir haben Interesse.' };
    expect(codeOf(await call(REQUEST, { input }, outsider.cookie))).toBe('CONTACT_NOT_A_PARTY');
    expect(codeOf(await call(REQUEST, { input: { ...input, message: 'zu kurz' } }, s.company))).toBe('BAD_USER_INPUT');
    await call(REQUEST, { input }, s.company);
    expect(codeOf(await call(REQUEST, { input }, s.talent.cookie))).toBe('CONTACT_REQUEST_EXISTS');
    await call(`mutation($id: ID!) { closeOffer(id: $id) { id } }`, { id: s.offerId }, s.talent.cookie);
    const other = await scene();
    await call(`mutation($id: ID!) { closeNeed(id: $id, outcome: CLOSED) { id } }`, { id: other.needId }, other.company);
    expect(codeOf(await call(REQUEST, { input: { ...input, needId: other.needId, offerId: other.offerId } }, other.talent.cookie))).toBe(
      'CONTACT_TARGET_NOT_OPEN',
    );
  });

  it(`allow ${CONTACT_REQUESTS_PER_DAY} requests per organisation a day, even when sent all at once`, async () => {
    const s = await scene();
    const talents: Scene[] = [];
    for (let i = 0; i < CONTACT_REQUESTS_PER_DAY + 5; i += 1) talents.push(await scene());
    // Concurrent requests from one company for distinct talent offers.
    await app().db.database.prisma.contactRequest.deleteMany({ where: { need: { organisationId: velkamp } } });
    const replies = await Promise.all(
      talents.map((scene) =>
        call(REQUEST, { input: { needId: s.needId, offerId: scene.offerId, message: 'Wir suchen genau Sie – melden Sie sich?' } }, s.company),
      ),
    );
    const codes = replies.map((reply) => (reply.body.errors ? codeOf(reply) : 'OK'));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(CONTACT_REQUESTS_PER_DAY);
    expect(codes.filter((code) => code === 'CONTACT_REQUEST_LIMIT')).toHaveLength(5);
  });
});

describe('the receiving side of a contact request', () => {
  const prisma = () => app().db.database.prisma;
  const mailsFor = async (offerOrNeedTitle: string) =>
    (
      await prisma().outboxMessage.findMany({
        where: { template: 'contact-requested', payload: { path: ['needTitle'], equals: offerOrNeedTitle } },
        select: { recipient: true, locale: true },
      })
    )
      .map((mail) => `${mail.recipient} ${mail.locale}`)
      .sort();

  /** A verified company with two owners (one English-speaking) and a member who writes the need. */
  async function company(authorIsOwner: boolean) {
    const [ownerDe, ownerEn, author] = [await signedIn(), await signedIn(), await signedIn()];
    const slug = `empfang-${Math.random().toString(36).slice(2, 10)}`;
    const organisation = await prisma().organisation.create({
      data: {
        slug,
        name: `Empfang ${slug} GmbH`,
        kind: 'COMPANY',
        municipalityId: dortmund,
        sortName: slug,
        searchText: slug,
        verifiedAt: new Date(),
      },
    });
    await prisma().user.update({ where: { email: ownerEn.email }, data: { locale: 'en' } });
    for (const [person, role] of [
      [ownerDe, 'OWNER'],
      [ownerEn, 'OWNER'],
      [author, authorIsOwner ? 'OWNER' : 'MEMBER'],
    ] as const) {
      const { id: userId } = await prisma().user.findUniqueOrThrow({ where: { email: person.email } });
      await prisma().membership.create({ data: { userId, organisationId: organisation.id, role } });
    }
    const [skill] = await createSkills(app(), 1);
    const title = `Wir suchen Hilfe ${slug}`;
    const need = await call(
      `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
      { input: { organisationId: organisation.id, ...needInput(dortmund, [{ skillId: skill! }], { title }) } },
      author.cookie,
    );
    const needId = (need.body.data!.createNeed as { id: string }).id;
    expect((await call(`mutation($id: ID!) { publishNeed(id: $id) { status } }`, { id: needId }, author.cookie)).body.data).toEqual({
      publishNeed: { status: 'OPEN' },
    });
    const talent = await signedIn();
    const offer = await call(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: { kind: 'TALENT', ...offerInput(olpe, [{ skillId: skill! }]) } },
      talent.cookie,
    );
    const offerId = (offer.body.data!.createOffer as { id: string }).id;
    await call(`mutation($id: ID!) { publishOffer(id: $id) { id } }`, { id: offerId }, talent.cookie);
    return { ownerDe, ownerEn, author, talent, needId, offerId, title };
  }

  it('is told by mail: the entry’s author and every owner, once each, in their own language', async () => {
    const c = await company(false);
    const sent = await call(
      REQUEST,
      { input: { needId: c.needId, offerId: c.offerId, message: 'Ich hätte Zeit ab nächstem Monat.' } },
      c.talent.cookie,
    );
    expect(sent.body.data).toEqual({ requestContact: expect.objectContaining({ fromSide: 'OFFER', status: 'PENDING' }) });
    expect(await mailsFor(c.title)).toEqual([`${c.author.email} de`, `${c.ownerDe.email} de`, `${c.ownerEn.email} en`].sort());
  });

  it('is told once per person when the author is also an owner', async () => {
    const c = await company(true);
    await call(REQUEST, { input: { needId: c.needId, offerId: c.offerId, message: 'Ich hätte Zeit ab nächstem Monat.' } }, c.talent.cookie);
    expect(await mailsFor(c.title)).toEqual([`${c.author.email} de`, `${c.ownerDe.email} de`, `${c.ownerEn.email} en`].sort());
  });

  it('is told even for an organisation without owners and an entry without author: its members', async () => {
    // The demo's IHK Siegen: its course offer was loaded without author, its one account is a member.
    const ihk = await prisma().organisation.findUniqueOrThrow({ where: { slug: 'ihk-siegen' } });
    const offer = await prisma().skillOffer.findFirstOrThrow({ where: { organisationId: ihk.id, status: 'OPEN' } });
    expect(offer.ownerId).toBeNull();
    expect(await prisma().membership.count({ where: { organisationId: ihk.id, role: 'OWNER' } })).toBe(0);
    const members = await prisma().user.findMany({
      where: { memberships: { some: { organisationId: ihk.id } } },
      select: { email: true, locale: true },
    });
    expect(members.length).toBeGreaterThan(0);
    const c = await company(false);
    const sent = await call(
      REQUEST,
      { input: { needId: c.needId, offerId: offer.id, message: 'Wir würden gern an Ihrem Kurs teilnehmen.' } },
      c.author.cookie,
    );
    expect(sent.body.data).toEqual({ requestContact: expect.objectContaining({ fromSide: 'NEED' }) });
    expect(await mailsFor(c.title)).toEqual(members.map((m) => `${m.email} ${m.locale}`).sort());
  });

  it('counts its open incoming requests (the header badge): pending ones only, per person who can act', async () => {
    const c = await company(false);
    const OPEN = `{ contactRequests(box: INBOX, status: PENDING, first: 1) { totalCount } }`;
    const count = async (cookie: string) => ((await call(OPEN, {}, cookie)).body.data!.contactRequests as { totalCount: number }).totalCount;
    expect(await count(c.ownerEn.cookie)).toBe(0);
    const sent = await call(
      REQUEST,
      { input: { needId: c.needId, offerId: c.offerId, message: 'Ich hätte Zeit ab nächstem Monat.' } },
      c.talent.cookie,
    );
    const id = (sent.body.data!.requestContact as { id: string }).id;
    expect([await count(c.ownerEn.cookie), await count(c.author.cookie), await count(c.talent.cookie)]).toEqual([1, 1, 0]);
    await call(ANSWER, { id, accept: true }, c.author.cookie);
    expect(await count(c.ownerEn.cookie)).toBe(0);
  });
});

describe('a talent’s own data (GDPR)', () => {
  it('is in the data export, and deleting the account deletes the talent offer and its contact requests', async () => {
    const s = await scene();
    await call(REQUEST, { input: { needId: s.needId, offerId: s.offerId, message: 'Hätten Sie Zeit für ein Gespräch?' } }, s.company);
    const exported = (await (await fetch(`${app().url}/account/export.json`, { headers: { cookie: s.talent.cookie } })).json()) as {
      talentOffers: Array<{ id: string }>;
    };
    expect(exported.talentOffers.map((offer) => offer.id)).toEqual([s.offerId]);

    await call(`mutation { deleteMyAccount(password: "Sauerländer Drahtzieher 2026") }`, {}, s.talent.cookie);
    expect(await app().db.database.prisma.skillOffer.count({ where: { id: s.offerId } })).toBe(0);
    expect(await app().db.database.prisma.contactRequest.count({ where: { offerId: s.offerId } })).toBe(0);
    const outbox = (await call(BOX, { box: 'OUTBOX' }, s.company)).body.data!.contactRequests as {
      edges: Array<{ node: { offer: { id: string } } }>;
    };
    expect(outbox.edges.some((edge) => edge.node.offer.id === s.offerId)).toBe(false);
  });
});

describe('need expiry', () => {
  it('warns the author 7 days ahead, once, and closes the need after 90 days', async () => {
    const s = await scene();
    const expiry = app().app.get(NeedExpiryService);
    const need = await app().db.database.prisma.skillNeed.findUniqueOrThrow({ where: { id: s.needId } });
    const day = 86_400_000;
    expect(await expiry.sendNotices(new Date(need.expiresAt!.getTime() - 8 * day))).toBe(0);
    const noticed = await expiry.sendNotices(new Date(need.expiresAt!.getTime() - 6 * day));
    expect(noticed).toBeGreaterThanOrEqual(1);
    expect(
      await app().db.database.prisma.outboxMessage.count({
        where: { recipient: 'velkamp@demo.example.org', template: 'need-expiring', payload: { path: ['needTitle'], equals: need.title } },
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(await app().db.database.prisma.skillNeed.findUniqueOrThrow({ where: { id: s.needId }, select: { expiryNoticeAt: true } })).not.toEqual({
      expiryNoticeAt: null,
    });

    await expiry.expire(new Date(need.expiresAt!.getTime() + 1000));
    expect(await app().db.database.prisma.skillNeed.findUniqueOrThrow({ where: { id: s.needId }, select: { status: true } })).toEqual({
      status: 'CLOSED',
    });
    const matches = await call(`query($id: ID!) { offerMatches(offerId: $id) { need { id } } }`, { id: s.offerId }, s.talent.cookie);
    expect(JSON.stringify(matches.body.data)).not.toContain(s.needId);
    expect(await app().db.database.prisma.auditEvent.count({ where: { entityId: s.needId, action: 'need.expired', actorUserId: null } })).toBe(1);
  });
});
