import { LEGAL_TEXT_LENGTH } from '@wiw/domain';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp();
const { call, signedIn, coordinator, signedInAs } = accountsClient(app, municipality);
const admin = (): Promise<string> => signedInAs('admin@demo.example.org');

const PAGE = `query($page: LegalPageKind!) { legalPage(page: $page) { page version body updatedAt } }`;
const HISTORY = `query($page: LegalPageKind!) { legalPageHistory(page: $page) { version authorName bodyDe bodyEn savedAt } }`;
const UPDATE = `mutation($input: UpdateLegalPageInput!) { updateLegalPage(input: $input) { page version body bodyDe bodyEn updatedAt } }`;

type Page = 'IMPRINT' | 'PRIVACY' | 'ACCESSIBILITY';

async function currentVersion(page: Page): Promise<number> {
  return ((await call(PAGE, { page })).body.data?.legalPage as { version: number }).version;
}

const versions = (page: Page) => app().db.database.prisma.legalPageVersion.count({ where: { page } });

describe('legal pages', () => {
  it('are public from the first start: German and English defaults that mark what the operator must fill in', async () => {
    for (const page of ['IMPRINT', 'PRIVACY', 'ACCESSIBILITY'] as const) {
      const de = (await call(PAGE, { page })).body.data?.legalPage as { version: number; body: string; updatedAt: string };
      const en = (await call(PAGE, { page }, undefined, 'en')).body.data?.legalPage as { body: string };
      expect(de.version).toBeGreaterThanOrEqual(1);
      expect(de.body).toContain('[Vom Betreiber auszufüllen:');
      expect(en.body).toContain('[To be completed by the operator:');
      expect(Number.isNaN(Date.parse(de.updatedAt))).toBe(false);
    }
    // BITV § 12 / BITVNRW: a feedback contact and the enforcement body (the NRW Ombudsstelle).
    const accessibility = (await call(PAGE, { page: 'ACCESSIBILITY' })).body.data?.legalPage as { body: string };
    expect(accessibility.body).toMatch(/## Feedback und Kontakt/);
    expect(accessibility.body).toContain('ombudsstelle-barrierefreie-it@mags.nrw.de');
  });

  it('save every edit as a new version, publish it with its date, keep the history for administrators and audit it', async () => {
    const cookie = await admin();
    const base = await currentVersion('PRIVACY');
    const bodyDe = '## Verantwortliche Stelle\n\nStadt Beispielstadt, Musterstraße 1, 44135 Dortmund';
    const bodyEn = '## Controller\n\nCity of Example, Musterstraße 1, 44135 Dortmund';
    const saved = await call(UPDATE, { input: { page: 'PRIVACY', baseVersion: base, bodyDe, bodyEn } }, cookie, 'en');
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.updateLegalPage).toMatchObject({ page: 'PRIVACY', version: base + 1, body: bodyEn, bodyDe, bodyEn });

    const published = (await call(PAGE, { page: 'PRIVACY' })).body.data?.legalPage as { version: number; body: string; updatedAt: string };
    expect(published).toMatchObject({ version: base + 1, body: bodyDe });
    expect(Date.now() - Date.parse(published.updatedAt)).toBeLessThan(60_000);

    const history = (await call(HISTORY, { page: 'PRIVACY' }, cookie)).body.data?.legalPageHistory as Array<{
      version: number;
      authorName: string | null;
      bodyDe: string;
    }>;
    expect(history.map((v) => v.version)).toEqual(Array.from({ length: base + 1 }, (_, i) => base + 1 - i));
    expect(history[0]).toMatchObject({ authorName: 'Demo Administration', bodyDe });
    expect(history.at(-1)).toMatchObject({ version: 1, authorName: null });
    expect(history.at(-1)?.bodyDe).toContain('[Vom Betreiber auszufüllen:');

    const event = await app().db.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'legal-page.updated', entityId: 'PRIVACY' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(event.changes).toEqual({ version: { from: base, to: base + 1 }, changed: ['bodyDe', 'bodyEn'] });
  });

  it('can be changed and their history read by administrators only, however the request is put', async () => {
    const before = await versions('IMPRINT');
    const input = {
      page: 'IMPRINT',
      baseVersion: await currentVersion('IMPRINT'),
      bodyDe: 'Übernommen von jemand Unbefugtem',
      bodyEn: 'Taken over by someone not allowed',
    };
    const company = await signedIn();
    const callers: Array<[string | undefined, string]> = [
      [undefined, 'UNAUTHENTICATED'],
      [company.cookie, 'FORBIDDEN'],
      [await coordinator(), 'FORBIDDEN'],
      [await signedInAs('oberbuergermeister@demo.example.org'), 'FORBIDDEN'],
      [await signedInAs('beratung@demo.example.org'), 'FORBIDDEN'],
    ];
    for (const [cookie, code] of callers) {
      expect((await call(UPDATE, { input }, cookie)).body.errors?.[0]?.extensions?.code).toBe(code);
      expect((await call(HISTORY, { page: 'IMPRINT' }, cookie)).body.errors?.[0]?.extensions?.code).toBe(code);
      // Aliases in one document do not get around the guard either.
      const aliased = await call(
        `mutation($input: UpdateLegalPageInput!) { a: updateLegalPage(input: $input) { version } b: updateLegalPage(input: $input) { version } }`,
        { input },
        cookie,
      );
      expect(aliased.body.errors?.length).toBeGreaterThan(0);
      expect(aliased.body.errors?.every((e) => e.extensions?.code === code)).toBe(true);
      expect(aliased.body.data?.a ?? null).toBeNull();
    }
    // A forged cookie or a signed-out administrator's old cookie are no administrator.
    const cookie = await admin();
    await call(`mutation { signOut }`, {}, cookie);
    expect((await call(UPDATE, { input }, cookie)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(UPDATE, { input }, '__Host-wiw_session=forged')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await versions('IMPRINT')).toBe(before);
  });

  it('refuse empty, blank, too long and control-character texts with coded errors in German and English', async () => {
    const cookie = await admin();
    const baseVersion = await currentVersion('ACCESSIBILITY');
    const before = await versions('ACCESSIBILITY');
    const valid = 'Ein gültiger Text von ausreichender Länge.';
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ bodyDe: '' }, 'bodyDe', 'isLength'],
      [{ bodyEn: ' \n\n   \t  \n                        ' }, 'bodyEn', 'isLength'],
      [{ bodyDe: 'x'.repeat(LEGAL_TEXT_LENGTH.max + 1) }, 'bodyDe', 'isLength'],
      [{ bodyEn: `A bell \u0007 rings in this otherwise valid text.` }, 'bodyEn', 'controlCharacters'],
      [{ baseVersion: 0 }, 'baseVersion', 'min'],
    ];
    for (const [change, field, constraint] of cases) {
      const input = { page: 'ACCESSIBILITY', baseVersion, bodyDe: valid, bodyEn: valid, ...change };
      const de = await call(UPDATE, { input }, cookie);
      const en = await call(UPDATE, { input }, cookie, 'en');
      expect(de.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(de.body.errors?.[0]?.extensions?.fields).toEqual([{ field, constraints: [constraint] }]);
      expect(de.body.errors?.[0]?.message).not.toBe(en.body.errors?.[0]?.message);
    }
    expect(await versions('ACCESSIBILITY')).toBe(before);
  });

  it('keep HTML as the text it is: stored and returned verbatim, never interpreted by the API', async () => {
    const cookie = await admin();
    const bodyDe = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> [Klick](javascript:alert(3))';
    const saved = await call(UPDATE, { input: { page: 'IMPRINT', baseVersion: await currentVersion('IMPRINT'), bodyDe, bodyEn: bodyDe } }, cookie);
    expect((saved.body.data?.updateLegalPage as { body: string }).body).toBe(bodyDe);
  });

  it('refuse a save on an outdated version: of five saves on the same version exactly one wins', async () => {
    const cookie = await admin();
    const baseVersion = await currentVersion('PRIVACY');
    const replies = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        call(
          UPDATE,
          { input: { page: 'PRIVACY', baseVersion, bodyDe: `Gleichzeitige Fassung Nummer ${i}`, bodyEn: `Concurrent version number ${i}` } },
          cookie,
        ),
      ),
    );
    expect(replies.filter((r) => r.body.data?.updateLegalPage)).toHaveLength(1);
    const refused = replies.filter((r) => r.body.errors);
    expect(refused.map((r) => r.body.errors?.[0]?.extensions)).toEqual(
      Array.from({ length: 4 }, () => expect.objectContaining({ code: 'LEGAL_PAGE_OUTDATED', currentVersion: baseVersion + 1 })),
    );
    expect(await currentVersion('PRIVACY')).toBe(baseVersion + 1);
    const stale = await call(
      UPDATE,
      { input: { page: 'PRIVACY', baseVersion, bodyDe: 'Veraltete Fassung des Textes', bodyEn: 'Outdated version of the text' } },
      cookie,
      'en',
    );
    expect(stale.body.errors?.[0]).toMatchObject({
      extensions: { code: 'LEGAL_PAGE_OUTDATED' },
      message: expect.stringMatching(/newer version \(version \d+\)/),
    });
  });
});
