import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { BOOK, berlinAt, codeOf, workbenchScene } from './support/workbench';

/*
 * DateTime inputs name an instant only with Z or an explicit offset. A naive date-time used to be
 * read in the server's time zone (2027-03-28T02:30:00 booked 03:30 CEST on a server in Berlin and
 * was refused on a UTC one); now it is refused everywhere with BAD_USER_INPUT.
 */

const { app, municipality: dortmund } = useDemoApp();
const client = accountsClient(app, dortmund);
const { call } = client;
const prisma = () => app().db.database.prisma;
const AGENDA = 'Zeitzonen und Umstellung besprechen.';
const { bookingScene } = workbenchScene(app, client);

/** Runs `work` with the process in another time zone (Node reads TZ on every conversion). */
async function inTimeZone<T>(zone: string, work: () => Promise<T>): Promise<T> {
  const original = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await work();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

describe('DateTime inputs', () => {
  it('refuse a naive date-time and other loose forms with BAD_USER_INPUT, whatever the server’s zone', async () => {
    const { formatId, c } = await bookingScene();
    const naive = berlinAt(8, '10:00').replace(/\.000Z$/, '');
    const forms = [
      naive,
      berlinAt(8, '10:00').slice(0, 10),
      naive.slice(0, 16) + 'Z',
      `${naive}+2:00`,
      `${naive}+24:00`,
      '2027-02-29T10:00:00Z',
      '2027-03-28T24:00:00Z',
      '2027-03-28T10:00:60Z',
      '+275760-09-13T00:00:00Z',
      '10000-01-01T00:00:00Z',
      '',
      ' 2027-03-28T10:00:00Z',
      1_800_000_000_000,
      true,
    ];
    for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC']) {
      await inTimeZone(zone, async () => {
        for (const startsAt of forms) {
          const reply = await call(BOOK, { input: { formatId, startsAt, organisationId: c.organisationIds[0], agenda: AGENDA } }, c.cookie, 'en');
          expect([zone, startsAt, reply.status, codeOf(reply)]).toEqual([zone, startsAt, 400, 'BAD_USER_INPUT']);
        }
      });
    }
    const literal = await call(
      `mutation { bookConsultation(input: { formatId: "${formatId}", startsAt: "${naive}", organisationId: "${c.organisationIds[0]}", agenda: "${AGENDA}" }) { id } }`,
      {},
      c.cookie,
      'en',
    );
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect(literal.body.errors![0]!.message).toBe(
      `"${naive}" is not a valid instant: expected ISO 8601 with Z or an offset, e.g. 2027-03-28T01:30:00Z or 2027-03-28T03:30:00+02:00.`,
    );
    const far = await call(
      BOOK,
      { input: { formatId, startsAt: '3000-01-01T00:00:00Z', organisationId: c.organisationIds[0], agenda: AGENDA } },
      c.cookie,
    );
    expect(far.body.errors![0]!.message).toBe('Der Zeitpunkt muss zwischen 1900 und 2999 liegen.');
    expect(await prisma().booking.count({ where: { organisationId: c.organisationIds[0] } })).toBe(0);
  });

  it('accept an explicit offset as the same instant as Z, and answer in UTC', async () => {
    const { formatId, c } = await bookingScene();
    const instant = berlinAt(9, '10:00');
    const offsetMinutes = (Date.parse(`${instant.slice(0, 10)}T10:00:00Z`) - Date.parse(instant)) / 60_000;
    const withOffset = `${instant.slice(0, 10)}T10:00:00.000+0${offsetMinutes / 60}:00`;
    const reply = await inTimeZone('America/New_York', () =>
      call(BOOK, { input: { formatId, startsAt: withOffset, organisationId: c.organisationIds[0], agenda: AGENDA } }, c.cookie),
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.bookConsultation).toMatchObject({ startsAt: instant });
    const lower = await call(
      BOOK,
      { input: { formatId, startsAt: berlinAt(9, '12:00').toLowerCase(), organisationId: c.organisationIds[0], agenda: AGENDA } },
      c.cookie,
    );
    expect(lower.body.data!.bookConsultation).toMatchObject({ startsAt: berlinAt(9, '12:00') });
  });

  it('hold for filters and for the audit CSV export’s URL parameters too', async () => {
    const coordinator = await client.coordinator();
    const query = `query($filter: AuditEventFilter) { auditEvents(first: 1, filter: $filter) { totalCount } }`;
    expect(codeOf(await call(query, { filter: { from: '2026-11-01T00:00:00' } }, coordinator))).toBe('BAD_USER_INPUT');
    expect((await call(query, { filter: { from: '2026-11-01T00:00:00+01:00' } }, coordinator)).body.errors).toBeUndefined();
    for (const from of ['2026-11-01T00:00:00', '2026-11-01', 'yesterday']) {
      const response = await fetch(`${app().url}/audit/export.csv?from=${encodeURIComponent(from)}`, {
        headers: { cookie: coordinator, 'accept-language': 'en' },
      });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string; fields: unknown } }> };
      expect([from, response.status, body.errors[0]!.extensions]).toEqual([
        from,
        400,
        { code: 'BAD_USER_INPUT', fields: [{ field: 'from', constraints: ['isDate'] }] },
      ]);
      expect(body.errors[0]!.message).toBe('Invalid input in: from.');
    }
    const ok = await fetch(`${app().url}/audit/export.csv?from=${encodeURIComponent('2026-11-01T00:00:00+01:00')}`, {
      headers: { cookie: coordinator },
    });
    expect(ok.status).toBe(200);
  });
});
