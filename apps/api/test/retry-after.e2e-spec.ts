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
  it('is 2 when a booking waited too long for its turn in the write queue', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const c = await company();
    const input = { formatId, startsAt: berlinAt(9, '10:00'), organisationId: c.organisationIds[0], agenda: 'Warteschlange' };
    // Writes to slots are held back by another session: six bookings (the queue's limit) wait
    // inside their transaction, the seventh waits for its turn until it gives up after 10 s.
    const locker = await app().db.database.connection.pool!.connect();
    let replies: Array<Awaited<ReturnType<typeof post>>>;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Slot" IN SHARE ROW EXCLUSIVE MODE');
      const sent = Array.from({ length: 7 }, () => post(app().url, BOOK, { input }, c.cookie));
      const first = await Promise.race(sent);
      expect(codeOf(first)).toBe('TRY_AGAIN');
      expect(first.status).toBe(200);
      expect(first.retryAfter).toBe('2');
      await locker.query('ROLLBACK');
      replies = await Promise.all(sent);
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
    // Once the lock is gone the six go on: exactly one of them gets the slot.
    expect(replies.filter((reply) => codeOf(reply) === 'TRY_AGAIN')).toHaveLength(1);
    expect(replies.filter((reply) => reply.body.data)).toHaveLength(1);
  });
});
