import { foldText } from '@wiw/domain';
import { dataOf, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Page {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        kind: string;
        isMember: boolean;
        isFictional: boolean;
        municipality: { name: string };
        region: { key: string; side: string | null };
      };
    }>;
  };
}

const PAGE = /* GraphQL */ `
  query Directory($filter: OrganisationFilter, $first: Int!, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          isMember
          isFictional
          municipality {
            name
          }
          region {
            key
            side
          }
        }
      }
    }
  }
`;

async function all(filter: Record<string, unknown> = {}, first = 7): Promise<Page['organisations']['edges'][number]['node'][]> {
  const nodes: Page['organisations']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: Page = dataOf(await t.gql<Page>(PAGE, { filter, first, after }));
    nodes.push(...page.organisations.edges.map((edge) => edge.node));
    expect(page.organisations.edges.length).toBeLessThanOrEqual(first);
    if (!page.organisations.pageInfo.hasNextPage) return nodes;
    after = page.organisations.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('organisations: pagination', () => {
  it('walks every organisation exactly once, sorted by name, with a matching totalCount', async () => {
    const nodes = await all();
    const total = await t.db.database.prisma.organisation.count();
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(total);
    const keys = nodes.map((n) => foldText(n.name));
    expect(keys).toEqual([...keys].sort());
    const first = dataOf(await t.gql<Page>(PAGE, { first: 5 }));
    expect(first.organisations.totalCount).toBe(total);
  });

  it('does not skip or repeat rows when a new organisation is inserted between pages', async () => {
    const own = await startTestApp(); // this test writes: it gets a database of its own
    try {
      await expectStablePages(own);
    } finally {
      await own.close();
    }
  });

  async function expectStablePages(t: TestApp): Promise<void> {
    const page1 = dataOf(await t.gql<Page>(PAGE, { first: 10 })).organisations;
    const town = await t.db.database.prisma.municipality.findFirstOrThrow({ where: { name: 'Olpe' } });
    await t.db.database.prisma.organisation.create({
      data: {
        slug: 'aaa-neu',
        name: 'AAA Neu GmbH',
        kind: 'COMPANY',
        municipalityId: town.id,
        sortName: 'aaa neu gmbh',
        searchText: 'aaa neu gmbh olpe',
        verifiedAt: new Date(),
      },
    });
    const rest = await (async () => {
      const nodes: string[] = [];
      let after: string | null = page1.pageInfo.endCursor;
      while (after) {
        const page: Page['organisations'] = dataOf(await t.gql<Page>(PAGE, { first: 10, after })).organisations;
        nodes.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }
      return nodes;
    })();
    const seen = [...page1.edges.map((e) => e.node.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await t.db.database.prisma.organisation.count()) - 1);
  }

  it.each([0, -1, 101, 100000])('rejects first: %i with a clear BAD_USER_INPUT', async (first) => {
    const response = await t.gql(PAGE, { first });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
    expect(response.body.errors?.[0]?.message).toContain('zwischen 1 und 100');
  });

  it('accepts the maximum page size of 100', async () => {
    const page = dataOf(await t.gql<Page>(PAGE, { first: 100 }));
    expect(page.organisations.edges.length).toBe(Math.min(100, page.organisations.totalCount));
  });

  it.each([
    ['not base64', 'garbage'],
    ['not JSON', 'W10'],
    ['a tuple of the wrong length', Buffer.from('["a"]').toString('base64url')],
    ['5000 characters', 'x'.repeat(5000)],
    ['a well-formed tuple whose id is no UUID', Buffer.from('["a","not-a-uuid"]').toString('base64url')],
    ['a NUL byte in the sort key', Buffer.from('["a\\u0000","00000000-0000-4000-8000-000000000000"]').toString('base64url')],
  ])('rejects a forged cursor: %s', async (_label, after) => {
    const response = await t.gql(PAGE, { first: 5, after }, { 'accept-language': 'en' });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(response.body.errors?.[0]?.message).toBe('The cursor "after" is invalid.');
  });
});

describe('organisations: filters', () => {
  it('filters by region', async () => {
    const nodes = await all({ region: 'MAERKISCHER_KREIS' });
    expect(nodes.length).toBeGreaterThanOrEqual(5);
    expect(nodes.every((n) => n.region.key === 'MAERKISCHER_KREIS')).toBe(true);
  });

  it('filters by side: Südwestfalen is the five districts, Dortmund the city', async () => {
    const swf = await all({ side: 'SUEDWESTFALEN' }, 50);
    const dortmund = await all({ side: 'DORTMUND' }, 50);
    expect(new Set(swf.map((n) => n.region.key))).toEqual(
      new Set(['HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST']),
    );
    expect(new Set(dortmund.map((n) => n.region.key))).toEqual(new Set(['DORTMUND']));
  });

  it('filters by kind and members only, combined', async () => {
    const chambers = await all({ kind: 'CHAMBER', memberOnly: true });
    expect(chambers.map((n) => n.name).sort()).toEqual(
      (await t.db.database.prisma.organisation.findMany({ where: { kind: 'CHAMBER', isMember: true } })).map((o) => o.name).sort(),
    );
    expect(chambers.length).toBe(4);
    expect((await all({ memberOnly: true })).every((n) => n.isMember)).toBe(true);
  });

  it('finds Lüdenscheid by "luedenscheid", "LÜDENSCHEID" and "Lüdenscheid"', async () => {
    const expected = await t.db.database.prisma.organisation.count({ where: { municipality: { name: 'Lüdenscheid' } } });
    expect(expected).toBeGreaterThan(0);
    for (const search of ['luedenscheid', 'LÜDENSCHEID', 'Lüdenscheid']) {
      const nodes = await all({ search });
      expect(nodes.length).toBe(expected);
      expect(nodes.every((n) => n.municipality.name === 'Lüdenscheid')).toBe(true);
    }
  });

  it('finds Lüdenscheid when the ü arrives decomposed (u + combining diaeresis)', async () => {
    const composed = await all({ search: 'Lüdenscheid' });
    const decomposed = await all({ search: 'Lu\u0308denscheid' });
    expect(decomposed.map((n) => n.id)).toEqual(composed.map((n) => n.id));
    expect(decomposed.length).toBeGreaterThan(0);
  });

  it('refuses control characters in the search with BAD_USER_INPUT', async () => {
    const response = await t.gql(PAGE, { first: 5, filter: { search: 'a\u0000b' } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.search', constraints: ['controlCharacters'] }],
    });
  });

  it('treats ß and ss alike and needs every word to match', async () => {
    const ss = await all({ search: 'weiss' });
    const sz = await all({ search: 'weiß' });
    expect(ss.map((n) => n.id)).toEqual(sz.map((n) => n.id));
    expect(ss.length).toBeGreaterThan(0);
    const both = await all({ search: 'handelskammer siegen' });
    expect(both.map((n) => n.name)).toEqual(['Industrie- und Handelskammer Siegen']);
  });

  it('treats LIKE wildcards as ordinary text', async () => {
    const response = dataOf(await t.gql<Page>(PAGE, { first: 5, filter: { search: '%' } }));
    expect(response.organisations.totalCount).toBe(await t.db.database.prisma.organisation.count());
    expect(dataOf(await t.gql<Page>(PAGE, { first: 5, filter: { search: 'zzz_%' } })).organisations.totalCount).toBe(0);
  });

  it('gives an empty page, not an error, when nothing matches', async () => {
    const page = dataOf(await t.gql<Page>(PAGE, { first: 5, filter: { search: 'gibtesnicht' } })).organisations;
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('rejects a search longer than 100 characters and unknown filter fields', async () => {
    const long = await t.gql(PAGE, { first: 5, filter: { search: 'x'.repeat(101) } });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(long.body.errors?.[0]?.extensions?.fields)).toContain('filter.search');
    const unknown = await t.gql(PAGE, { first: 5, filter: { colour: 'blue' } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEnum = await t.gql(PAGE, { first: 5, filter: { region: 'MARS' } });
    expect(badEnum.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('organisation(id)', () => {
  it('returns an organisation with its municipality, region and projects', async () => {
    const org = await t.db.database.prisma.organisation.findUniqueOrThrow({ where: { slug: 'suedwestfalen-agentur' } });
    const { organisation } = dataOf(
      await t.gql<{
        organisation: {
          name: string;
          verified: boolean;
          municipality: { name: string };
          region: { key: string; side: string };
          participations: Array<{ role: string; project: { title: string } }>;
        };
      }>(
        `query($id: ID!) { organisation(id: $id) { name verified municipality { name } region { key side } participations { role project { title } } } }`,
        { id: org.id },
      ),
    );
    expect(organisation.name).toBe(org.name);
    expect(organisation.region).toEqual({ key: 'OLPE', side: 'SUEDWESTFALEN' });
    expect(organisation.verified).toBe(true);
    const expected = await t.db.database.prisma.projectParticipant.count({ where: { organisationId: org.id } });
    expect(organisation.participations).toHaveLength(expected);
    expect(organisation.participations.some((p) => p.role === 'LEAD')).toBe(true);
  });

  it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1"])('answers ORGANISATION_NOT_FOUND for %s', async (id) => {
    const response = await t.gql(`query($id: ID!) { organisation(id: $id) { name } }`, { id });
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('ORGANISATION_NOT_FOUND');
  });
});

describe('regions', () => {
  it('lists Dortmund, the five districts and OTHER with sides, seats and municipalities', async () => {
    const { regions } = dataOf(
      await t.gql<{
        regions: Array<{
          key: string;
          side: string | null;
          seat: string | null;
          population: number | null;
          organisationCount: number;
          municipalities: Array<{ name: string; region: { key: string } }>;
        }>;
      }>(`{ regions { key side seat population organisationCount municipalities { name region { key } } } }`),
    );
    expect(regions.map((r) => r.key)).toEqual([
      'DORTMUND',
      'HOCHSAUERLANDKREIS',
      'MAERKISCHER_KREIS',
      'OLPE',
      'SIEGEN_WITTGENSTEIN',
      'SOEST',
      'OTHER',
    ]);
    expect(regions.find((r) => r.key === 'MAERKISCHER_KREIS')).toMatchObject({ side: 'SUEDWESTFALEN', seat: 'Lüdenscheid', population: 408662 });
    expect(regions.find((r) => r.key === 'OTHER')?.side).toBeNull();
    for (const region of regions) {
      expect(region.municipalities.every((m) => m.region.key === region.key)).toBe(true);
      expect(region.organisationCount).toBe(
        await t.db.database.prisma.organisation.count({ where: { municipality: { regionKey: region.key as never } } }),
      );
    }
  });
});

describe('organisations: demo data flag', () => {
  it('demoData is true while fictional organisations are loaded, false once none is left', async () => {
    expect(dataOf(await t.gql<{ demoData: boolean }>('{ demoData }'))).toEqual({ demoData: true });
    const fictional = await t.db.database.prisma.organisation.findMany({ where: { isFictional: true }, select: { id: true } });
    await t.db.database.prisma.organisation.updateMany({ where: { isFictional: true }, data: { isFictional: false } });
    try {
      expect(dataOf(await t.gql<{ demoData: boolean }>('{ demoData }'))).toEqual({ demoData: false });
    } finally {
      await t.db.database.prisma.organisation.updateMany({ where: { id: { in: fictional.map((row) => row.id) } }, data: { isFictional: true } });
    }
  });
});
