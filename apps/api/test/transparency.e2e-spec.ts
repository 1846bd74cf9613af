import { berlinDate } from '@wiw/domain';
import { accountsClient, type Reply } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp();
const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);
const prisma = () => app().db.database.prisma;

const [YEAR, MONTH] = berlinDate().split('-').map(Number) as [number, number];
const QUARTER = Math.floor((MONTH - 1) / 3) + 1;
const PHOTO = 'https://www.dortmund.de/bilder/transparenz.jpg';

const CREATE = `mutation($input: NewsDraftInput!) { createNewsDraft(input: $input) { id } }`;
const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id } }`;
const ok = (reply: Reply) => {
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data!;
};

const FIGURE = '{ count items { id } }';
const REPORT = `query($year: Int!, $quarter: Int) { transparencyReport(year: $year, quarter: $quarter) { year quarter rows {
  organisation { id } office { id name } published ${FIGURE} approvedByCoordinator ${FIGURE} approvedByOfficeHolder ${FIGURE} officeHolderNames
  promoted ${FIGURE} promotionCents budgetLines { budgetLine cents items ${FIGURE} } publicMedia ${FIGURE}
  reusedMedia { sourceUrl reusedIn { id } } corrections ${FIGURE} } } }`;

type Figure = { count: number; items: Array<{ id: string }> };
type Row = {
  organisation: { id: string };
  office: { id: string } | null;
  published: Figure;
  approvedByCoordinator: Figure;
  approvedByOfficeHolder: Figure;
  officeHolderNames: string[];
  promoted: Figure;
  promotionCents: number;
  budgetLines: Array<{ budgetLine: string; cents: number; items: Figure }>;
  publicMedia: Figure;
  reusedMedia: Array<{ sourceUrl: string; reusedIn: Array<{ id: string }> }>;
  corrections: Figure;
};

let stadtDortmund: string;
let mayorsOffice: string;
beforeAll(async () => {
  stadtDortmund = (await prisma().organisation.findUniqueOrThrow({ where: { slug: 'stadt-dortmund' } })).id;
  mayorsOffice = (await prisma().office.findFirstOrThrow({ where: { organisationId: stadtDortmund, titleDe: 'Oberbürgermeister Dortmund' } })).id;
  const person = await signedIn();
  const user = await prisma().user.findUniqueOrThrow({ where: { email: person.email } });
  await prisma().membership.create({ data: { userId: user.id, organisationId: stadtDortmund, role: 'MEMBER' } });
  const [office, mayor] = [await coordinator(), await signedInAs('oberbuergermeister@demo.example.org')];
  const publish = async (input: Record<string, unknown>, approver: string, then?: (id: string) => Promise<void>) => {
    const { createNewsDraft } = ok(
      await call(
        CREATE,
        {
          input: {
            organisationId: stadtDortmund,
            title: 'Transparenz-Meldung',
            teaser: 'Ein Anreißer für den Bericht.',
            body: 'Text der Meldung.',
            ...input,
          },
        },
        person.cookie,
      ),
    ) as { createNewsDraft: { id: string } };
    ok(await call(step('submitNewsItem'), { id: createNewsDraft.id }, person.cookie));
    if (approver) ok(await call(step('approveNewsItem'), { id: createNewsDraft.id }, approver));
    await then?.(createNewsDraft.id);
  };
  const photo = { title: 'Foto', sourceUrl: PHOTO, licence: 'CC BY 4.0', publicFunds: true, producedBy: 'Presseamt' };
  await publish({ officeId: mayorsOffice, promoted: true, promotionCents: 12_500, budgetLine: '=SUM(A1)', media: [photo] }, mayor);
  await publish({ promoted: true, promotionCents: 500, budgetLine: '=SUM(A1)', media: [photo] }, office);
  await publish({ promoted: true, promotionCents: 700, budgetLine: 'Öffentlichkeitsarbeit' }, office, async (id) => {
    const input = {
      title: 'Transparenz-Meldung (berichtigt)',
      teaser: 'Ein Anreißer für den Bericht.',
      body: 'Berichtigter Text.',
      links: [],
      reason: 'Zahl berichtigt',
    };
    ok(await call(`mutation($id: ID!, $input: NewsCorrectionInput!) { correctNewsItem(id: $id, input: $input) { id } }`, { id, input }, office));
  });
  await publish({}, office, async (id) => {
    ok(await call(`mutation($id: ID!) { withdrawNewsItem(id: $id, reason: "Veraltet, zurückgezogen") { id } }`, { id }, office));
  });
  await publish({ officeId: mayorsOffice }, ''); // submitted, never approved: not in the report
});

/** The same figures, counted straight from the base tables with SQL. */
async function independentCount(from: Date, to: Date) {
  const items = await prisma().$queryRaw<
    Array<{ org: string; office: string | null; published: number; coordinator: number; holder: number; promoted: number; cents: number }>
  >`
    SELECT "organisationId"::text AS org, "officeId"::text AS office, count(*)::int AS published,
      (count(*) FILTER (WHERE "approvedAs" = 'COORDINATOR'))::int AS coordinator, (count(*) FILTER (WHERE "approvedAs" = 'OFFICE_HOLDER'))::int AS holder,
      (count(*) FILTER (WHERE promoted))::int AS promoted, coalesce(sum("promotionCents") FILTER (WHERE promoted), 0)::int AS cents
    FROM "NewsItem" WHERE status IN ('PUBLISHED', 'WITHDRAWN') AND "publishedAt" >= ${from} AND "publishedAt" < ${to}
    GROUP BY 1, 2`;
  const lines = await prisma().$queryRaw<Array<{ org: string; office: string | null; line: string; cents: number }>>`
    SELECT "organisationId"::text AS org, "officeId"::text AS office, "budgetLine" AS line, sum("promotionCents")::int AS cents
    FROM "NewsItem" WHERE promoted AND status IN ('PUBLISHED', 'WITHDRAWN') AND "publishedAt" >= ${from} AND "publishedAt" < ${to}
    GROUP BY 1, 2, 3`;
  const media = await prisma().$queryRaw<Array<{ org: string; office: string | null; items: number }>>`
    SELECT n."organisationId"::text AS org, n."officeId"::text AS office, count(DISTINCT n.id)::int AS items
    FROM "NewsItem" n JOIN "NewsMedia" m ON m."newsItemId" = n.id AND m."publicFunds"
    WHERE n.status IN ('PUBLISHED', 'WITHDRAWN') AND n."publishedAt" >= ${from} AND n."publishedAt" < ${to}
    GROUP BY 1, 2`;
  const corrections = await prisma().$queryRaw<Array<{ org: string; office: string | null; count: number }>>`
    SELECT n."organisationId"::text AS org, n."officeId"::text AS office, count(*)::int AS count
    FROM "NewsItemVersion" v JOIN "NewsItem" n ON n.id = v."newsItemId"
    WHERE v.version > 1 AND n.status IN ('PUBLISHED', 'WITHDRAWN') AND v."createdAt" >= ${from} AND v."createdAt" < ${to}
    GROUP BY 1, 2`;
  return { items, lines, media, corrections };
}

describe('transparency report', () => {
  it('agrees with an independent count from the base tables, figure by figure, and names only office holders', async () => {
    const period = await prisma().$queryRaw<Array<{ from: Date; to: Date }>>`
      SELECT (make_date(${YEAR}::int, ${(QUARTER - 1) * 3 + 1}::int, 1)::timestamp AT TIME ZONE 'Europe/Berlin') AS from,
             ((make_date(${YEAR}::int, ${(QUARTER - 1) * 3 + 1}::int, 1) + interval '3 months')::timestamp AT TIME ZONE 'Europe/Berlin') AS to`;
    const expected = await independentCount(period[0]!.from, period[0]!.to);
    const report = (ok(await call(REPORT, { year: YEAR, quarter: QUARTER })) as { transparencyReport: { rows: Row[] } }).transparencyReport;
    const key = (org: string, office: string | null) => `${org}|${office ?? ''}`;
    const rows = new Map(report.rows.map((row) => [key(row.organisation.id, row.office?.id ?? null), row]));
    expect(report.rows.length).toBe(new Set([...expected.items, ...expected.corrections].map((r) => key(r.org, r.office))).size);
    for (const count of expected.items) {
      const row = rows.get(key(count.org, count.office))!;
      expect([
        row.published.count,
        row.approvedByCoordinator.count,
        row.approvedByOfficeHolder.count,
        row.promoted.count,
        row.promotionCents,
      ]).toEqual([count.published, count.coordinator, count.holder, count.promoted, count.cents]);
      // Every figure lists exactly as many items as it counts.
      for (const figure of [row.published, row.approvedByCoordinator, row.approvedByOfficeHolder, row.promoted, row.publicMedia, row.corrections]) {
        expect(figure.items).toHaveLength(figure.count);
      }
    }
    for (const line of expected.lines) {
      expect(rows.get(key(line.org, line.office))!.budgetLines.find((budget) => budget.budgetLine === line.line)?.cents).toBe(line.cents);
    }
    for (const media of expected.media) expect(rows.get(key(media.org, media.office))!.publicMedia.count).toBe(media.items);
    for (const correction of expected.corrections) expect(rows.get(key(correction.org, correction.office))!.corrections.count).toBe(correction.count);

    // The items of this suite: the mayor's office row and the city's own row.
    const mayorRow = rows.get(key(stadtDortmund, mayorsOffice))!;
    expect(mayorRow).toMatchObject({ officeHolderNames: ['Demo Oberbürgermeister'], promotionCents: 12_500 });
    const cityRow = rows.get(key(stadtDortmund, null))!;
    expect(cityRow).toMatchObject({ officeHolderNames: [], published: { count: 3 }, corrections: { count: 1 }, promotionCents: 1_200 });
    expect(mayorRow.reusedMedia).toEqual([{ sourceUrl: PHOTO, reusedIn: [{ id: cityRow.publicMedia.items[0]!.id }] }]);
  });

  it('downloads as formula-safe CSV and JSON under the open licence, with DCAT-AP.de metadata; bad periods are refused', async () => {
    const query = `year=${YEAR}&quarter=${QUARTER}`;
    const csv = await fetch(`${app().url}/transparency/report.csv?${query}`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('link')).toBe('<https://www.govdata.de/dl-de/by-2-0>; rel="license"');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with BOM, so spreadsheets show umlauts.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('period,organisation,office,figure,budgetLine,value,newsItemIds\r\n')).toBe(true);
    expect(text).toContain(`${YEAR}-Q${QUARTER},Stadt Dortmund,Oberbürgermeister Dortmund (Amt),promotionCentsByBudgetLine,'=SUM(A1),12500,`);
    expect(text).not.toMatch(/,=SUM/);

    const json = (await (await fetch(`${app().url}/transparency/report.json?${query}`)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ licence: { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' }, year: YEAR, quarter: QUARTER });
    expect(JSON.stringify(json)).not.toContain('Carla Koordinatorin');
    const catalog = (await (await fetch(`${app().url}/transparency/catalog.jsonld?${query}`)).json()) as Record<string, unknown>;
    expect(catalog).toMatchObject({ '@type': 'dcat:Dataset', 'dct:license': { '@id': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' } });
    expect((catalog['dcat:distribution'] as Array<{ 'dcat:mediaType': string }>).map((d) => d['dcat:mediaType'])).toEqual([
      'text/csv',
      'application/json',
    ]);

    const bad = await fetch(`${app().url}/transparency/report.csv?year=${YEAR}&quarter=5`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await call(REPORT, { year: 1999 })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
