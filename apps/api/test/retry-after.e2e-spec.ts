import { testDatabaseKind } from '@wiw/db/testing';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { startTestApp } from './support/test-app';
import { BOOK, berlinAt, codeOf, workbenchScene } from './support/workbench';

// GraphQL answers TRY_AGAIN and SERVICE_UNAVAILABLE with status 200; the header says when to retry.

async function post(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

describe('Retry-After on GraphQL answers', () => {
  it('is absent from answers without such an error, and 5 with SERVICE_UNAVAILABLE (the database away)', async () => {
    const own = await startTestApp();
    const ok = await post(own.url, '{ regions { key } }');
    expect(ok.retryAfter).toBeNull();
    const notFound = await post(own.url, '{ topicField(key: "no-such-field") { key } }');
    expect(codeOf(notFound)).toBe('TOPIC_FIELD_NOT_FOUND');
    expect(notFound.retryAfter).toBeNull();

    await own.db.drop(); // the database disappears under the running app
    const away = await post(own.url, '{ topicFields { key } }');
    expect(away.status).toBe(200);
    expect(away.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(away.retryAfter).toBe('5');
    await own.app.close();
  });
});

const { app, municipality } = useDemoApp();
const { advisor, format, company } = workbenchScene(app, accountsClient(app, municipality));

(testDatabaseKind() === 'postgres' ? describe : describe.skip)('Retry-After with TRY_AGAIN', () => {
  it('is 2 when the booking write queue is full', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const c = await company();
    const input = { formatId, startsAt: berlinAt(9, '10:00'), organisationId: c.organisationIds[0], agenda: 'Warteschlange voll' };
    // Writes to slots are held back by another session: six bookings wait inside their
    // transaction, 250 wait for a turn, every further one is refused at once.
    const locker = await app().db.database.connection.pool!.connect();
    let waiting: Array<ReturnType<typeof post>>;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Slot" IN SHARE ROW EXCLUSIVE MODE');
      waiting = Array.from({ length: 256 }, () => post(app().url, BOOK, { input }, c.cookie));
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const refused = await Promise.all(Array.from({ length: 4 }, () => post(app().url, BOOK, { input }, c.cookie)));
      expect(refused.map(codeOf)).toEqual(Array(4).fill('TRY_AGAIN'));
      expect(refused.map((reply) => reply.retryAfter)).toEqual(Array(4).fill('2'));
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
    const replies = await Promise.all(waiting);
    // Once the lock is gone, exactly one of the waiting bookings got the slot.
    expect(replies.filter((reply) => reply.body.data).length).toBe(1);
    for (const reply of replies.filter((r) => codeOf(r) === 'TRY_AGAIN')) expect(reply.retryAfter).toBe('2');
  });
});
