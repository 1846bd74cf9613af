import { dataOf, startTestApp, type TestApp } from './support/test-app';

/*
 * The skill picker's order (issue 16, item 3): exact label, then exact synonym or abbreviation,
 * then a word that starts with what was typed, then any other match; umlauts folded throughout.
 * Against the reference taxonomy, through the real endpoint.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { labelDe: string } }>;
}

const SKILLS = `query($s: String, $first: Int, $after: String) {
  skills(search: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { labelDe } } }
}`;

async function page(search: string, first = 100, after: string | null = null): Promise<Page> {
  return dataOf(await t.gql<{ skills: Page }>(SKILLS, { s: search, first, after })).skills;
}

/** The German labels a search suggests, in order (every case here fits on one page of 100). */
async function suggested(search: string): Promise<string[]> {
  const result = await page(search);
  expect(result.totalCount).toBe(result.edges.length);
  return result.edges.map((edge) => edge.node.labelDe);
}

function before(labels: string[], first: string, later: string): void {
  expect(labels).toContain(first);
  expect(labels).toContain(later);
  expect([first, labels.indexOf(first) < labels.indexOf(later)]).toEqual([first, true]);
}

describe('skill suggestions are ranked', () => {
  it('"KI": the abbreviation first, a word starting with it next, mere substrings last', async () => {
    const labels = await suggested('KI');
    expect(labels[0]).toBe('Künstliche Intelligenz (KI)');
    for (const substring of [
      'Bestandsmanagement',
      'Continuous Integration und Delivery (CI/CD)',
      'Elektrofachkraft (DGUV Vorschrift 3)',
      'Formenbau (Spritzgießwerkzeuge)',
    ])
      before(labels, 'Generative KI (LLM)', substring);
  });

  it('"SPS": the abbreviation in the label before a synonym that merely holds it', async () => {
    const labels = await suggested('SPS');
    expect(labels[0]).toBe('Speicherprogrammierbare Steuerung (SPS)');
    before(labels, 'Funktionale Sicherheit (ISO 13849, IEC 61508)', 'Statistik');
  });

  it.each([
    ['künstliche intelligenz', 'Künstliche Intelligenz (KI)'],
    ['Kunstliche Intelligenz', 'Künstliche Intelligenz (KI)'],
    ['AI', 'Künstliche Intelligenz (KI)'],
    ['python', 'Python'],
    ['Spritzguss', 'Spritzgießen'],
    ['PLC', 'Speicherprogrammierbare Steuerung (SPS)'],
    ['Fordertechnik', 'Intralogistik'],
  ])('"%s" suggests %s first', async (search, first) => {
    expect((await suggested(search))[0]).toBe(first);
  });

  it('an exact label (without its parenthesis) comes before a synonym containing it, umlaut-folded', async () => {
    const labels = await suggested('Schweissen');
    expect(labels.slice(0, 3)).toEqual(['Schweißen (MAG)', 'Schweißen (MIG)', 'Schweißen (WIG)']);
    before(labels, 'Schweißen (WIG)', 'Roboterschweißen');
  });

  it('word prefixes before substrings: "Elektro"', async () => {
    const labels = await suggested('Elektro');
    for (const prefix of ['Elektroinstallation', 'Elektromobilität', 'Fahrzeugelektronik']) before(labels, prefix, 'Leistungselektronik');
  });

  it('without a search the taxonomy stays in German alphabetical order', async () => {
    const labels = (await page('', 30)).edges.map((edge) => edge.node.labelDe);
    expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('paging walks the ranked order without gaps or repeats', async () => {
    const all = await suggested('KI');
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next = await page('KI', 3, after);
      walked.push(...next.edges.map((edge) => edge.node.labelDe));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });
});
