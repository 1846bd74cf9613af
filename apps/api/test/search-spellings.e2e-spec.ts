import { dataOf, startTestApp, type TestApp } from './support/test-app';

/*
 * Search as people type it: without umlaut keys (ü as u, not only as ue), with a dash or slash
 * still attached, or naming the district. Against the demo data, through the real endpoint.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

type Board = 'organisations' | 'skills' | 'needs' | 'offers';

const QUERIES: Record<Board, string> = {
  organisations: 'query($s: String) { result: organisations(first: 100, filter: { search: $s }) { totalCount edges { node { id } } } }',
  skills: 'query($s: String) { result: skills(first: 100, search: $s) { totalCount edges { node { id } } } }',
  needs: 'query($s: String) { result: needs(first: 100, filter: { search: $s }) { totalCount edges { node { id } } } }',
  offers: 'query($s: String) { result: offers(first: 100, filter: { search: $s }) { totalCount edges { node { id } } } }',
};

/** The ids a search finds (all of them: every expected result fits on one page of 100). */
async function found(board: Board, search: string): Promise<string[]> {
  const { result } = dataOf(await t.gql<{ result: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(QUERIES[board], { s: search }));
  expect(result.totalCount).toBe(result.edges.length);
  return result.edges.map((edge) => edge.node.id).sort();
}

describe('spellings without umlauts find what the umlaut finds', () => {
  it.each([
    ['organisations', 'ludenscheid', 'Lüdenscheid', 2],
    ['organisations', 'LUEDENSCHEID', 'Lüdenscheid', 2],
    ['organisations', 'Sudwestfalen', 'Südwestfalen', 1],
    ['organisations', 'Kunstliche Intelligenz', 'Künstliche Intelligenz', 1],
    ['organisations', 'Olmuller', 'Ölmüller', 1],
    ['organisations', 'Fordertechnik', 'Fördertechnik', 1],
    ['skills', 'Fordertechnik', 'Fördertechnik', 1],
    ['needs', 'Fordertechnik', 'Fördertechnik', 1],
    ['skills', 'Schweissen', 'Schweißen', 1],
    ['skills', 'Elektromobilitat', 'Elektromobilität', 1],
  ] as const)('%s: "%s" finds what "%s" finds (at least %d)', async (board, typed, proper, atLeast) => {
    const expected = await found(board, proper);
    expect(expected.length).toBeGreaterThanOrEqual(atLeast);
    expect(await found(board, typed)).toEqual(expected);
  });

  it('an umlaut typed finds a name written without it, too', async () => {
    const muller = await found('organisations', 'Olmuller');
    expect(await found('organisations', 'Ölmüller Kunststoffspritzguss')).toEqual(muller);
    expect(await found('organisations', 'Oelmueller')).toEqual(muller);
  });
});

describe('punctuation around a word', () => {
  it.each(['skills', 'needs', 'offers'] as const)('%s: "Elektro-", "Elektro–", "Elektro/" and „Elektro“ find what "Elektro" finds', async (board) => {
    const expected = await found(board, 'Elektro');
    expect(expected.length).toBeGreaterThan(0);
    for (const typed of ['Elektro-', 'Elektro–', 'Elektro/', '„Elektro“', '(Elektro),', '-Elektro'])
      expect([typed, await found(board, typed)]).toEqual([typed, expected]);
  });

  it('keeps inner punctuation and the # and + that belong to a name', async () => {
    expect((await found('skills', 'SPS-Programmierung')).length).toBeGreaterThan(0);
    expect(await found('skills', 'Elektro--')).toEqual(await found('skills', 'Elektro'));
    expect(await found('organisations', '---')).toHaveLength(
      Math.min(100, await t.db.database.prisma.organisation.count({ where: { verifiedAt: { not: null } } })),
    );
  });
});

describe('the directory finds organisations by their district', () => {
  it.each([
    ['MAERKISCHER_KREIS', 'Märkischer Kreis'],
    ['MAERKISCHER_KREIS', 'markischer kreis'],
    ['SIEGEN_WITTGENSTEIN', 'Siegen-Wittgenstein'],
    ['HOCHSAUERLANDKREIS', 'Hochsauerlandkreis'],
    ['SOEST', 'Kreis Soest'],
  ])('%s as "%s"', async (region, search) => {
    const inRegion = dataOf(
      await t.gql<{ organisations: { edges: Array<{ node: { id: string } }> } }>(
        'query($r: RegionKey) { organisations(first: 100, filter: { region: $r }) { edges { node { id } } } }',
        { r: region },
      ),
    ).organisations.edges.map((edge) => edge.node.id);
    expect(inRegion.length).toBeGreaterThan(0);
    expect(await found('organisations', search)).toEqual(expect.arrayContaining(inRegion));
  });
});

it('a company registering itself is found by its district and loose spellings too', async () => {
  const prisma = t.db.database.prisma;
  const town = await prisma.municipality.findFirstOrThrow({ where: { name: 'Lüdenscheid' } });
  const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }';
  const organisation = { name: 'Schröder Öfen GmbH', kind: 'COMPANY', municipalityId: town.id };
  const reply = await t.gql(signUp, {
    input: { email: `oefen.${Date.now()}@example.org`, password: 'Sauerländer Drahtzieher 2026', name: 'Jana Schröder', locale: 'de', organisation },
  });
  expect(reply.body.errors).toBeUndefined();
  const created = await prisma.organisation.findFirstOrThrow({ where: { name: 'Schröder Öfen GmbH' } });
  expect(created.searchText).toBe('schroeder oefen gmbh luedenscheid maerkischer kreis schroder ofen ludenscheid markischer');
});

it('keeps a 10,000-character search a coded input error', async () => {
  for (const board of ['organisations', 'skills', 'needs', 'offers'] as const) {
    const reply = await t.gql(QUERIES[board], { s: 'Lüdenscheid '.repeat(834).slice(0, 10_000) });
    expect([board, reply.body.errors?.[0]?.extensions?.code]).toEqual([board, 'BAD_USER_INPUT']);
  }
});
