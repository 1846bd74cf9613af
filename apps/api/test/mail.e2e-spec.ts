import 'reflect-metadata';
import { createDatabase } from '@wiw/db';
import { seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { type MailWorker } from '../src/mail/mail.worker';
import { backoffMs, InvalidMailError, MAX_ATTEMPTS } from '../src/mail/outbox.service';
import { MailTemplateError } from '../src/mail/templates';
import { closedPort, startSmtp } from './support/smtp';
import { cleanups, messagesTo, post, signedIn, startMailApp, testDatabase, unique, verifyEmail } from './support/mail-app';

describe('mail delivery over SMTP', () => {
  it('sends verify-email in German and in English to a real SMTP server and marks them SENT', async () => {
    const db = await testDatabase();
    const smtp = await startSmtp();
    cleanups.push(() => smtp.close());
    const { outbox, worker } = await startMailApp(db.database, { SMTP_URL: smtp.url, MAIL_FROM: 'Portal <portal@wiw.test>' });
    const id = unique();
    const german = verifyEmail(`anna.${id}@example.org`, 'de', 'Anna <Schäfer> & Co');
    const english = verifyEmail(`ben.${id}@example.org`, 'en', 'Ben');
    await db.database.prisma.$transaction(async (tx) => {
      await outbox.enqueue(tx, german);
      await outbox.enqueue(tx, english);
    });

    const result = await worker.processDue(50);
    expect(result).toMatchObject({ sent: 2, failed: 0 });

    const de = smtp.received.find((mail) => mail.to.includes(german.recipient))!;
    expect(de.to).toEqual([german.recipient]);
    expect(de.from).toBe('portal@wiw.test');
    expect(de.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(de.headers.get('content-language')).toBe('de');
    expect(de.text).toContain('Guten Tag Anna <Schäfer> & Co,');
    expect(de.text).toContain(german.payload.link);
    expect(de.text).toContain('Ihre Geschäftsstelle der Wirtschaftsinitiative Westfalen');
    expect(de.html).toContain('Guten Tag Anna &lt;Schäfer&gt; &amp; Co,');
    expect(de.html).not.toContain('<Schäfer>');
    expect(de.html).toContain(`<a href="${german.payload.link.replace('&', '&amp;')}">E-Mail-Adresse bestätigen</a>`);

    const en = smtp.received.find((mail) => mail.to.includes(english.recipient))!;
    expect(en.subject).toBe('Please confirm your e-mail address');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.text).toContain('Hello Ben,');
    expect(en.text).toContain(english.payload.link);
    expect(en.text).toContain('The joint office of the Wirtschaftsinitiative Westfalen');

    for (const recipient of [german.recipient, english.recipient]) {
      const [row] = await messagesTo(db.database, recipient);
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
      expect(row!.sentAt).toBeInstanceOf(Date);
    }
    // Nothing is due any more: a second round sends nothing again.
    expect(await worker.processDue(50)).toMatchObject({ claimed: 0 });
    expect(smtp.received.filter((mail) => mail.to.includes(german.recipient))).toHaveLength(1);
  });

  it('retries a rejected mail with exponential back-off, keeps secrets out of lastError, and gives up after 8 attempts', async () => {
    const db = await testDatabase();
    const smtp = await startSmtp({ reject: true, credentials: 'mailer:s3cret-Passw0rd' });
    cleanups.push(() => smtp.close());
    const { outbox, worker, url } = await startMailApp(db.database, { SMTP_URL: smtp.url });
    const mail = verifyEmail(`rejected.${unique()}@example.org`, 'de');
    const { id } = await outbox.enqueue(db.database.prisma, mail);

    const before = Date.now();
    expect(await worker.processDue(50)).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    let row = await db.database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/550/);
    expect(row.lastError).not.toContain('s3cret');
    expect(row.lastError!.length).toBeLessThanOrEqual(500);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 30_000 - 1_000);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 30_000 + 1_000);
    // Not due yet: the worker leaves it alone.
    expect(await worker.processDue(50)).toMatchObject({ claimed: 0 });

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await db.database.prisma.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
      const start = Date.now();
      expect(await worker.processDue(50)).toMatchObject({ failed: 1 });
      row = await db.database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe('PENDING');
        expect(row.nextAttemptAt.getTime() - start).toBeGreaterThanOrEqual(backoffMs(attempt) - 1_000);
      }
    }
    expect(row.status).toBe('FAILED');
    expect(smtp.received).toHaveLength(0);
    await db.database.prisma.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
    expect(await worker.processDue(50)).toMatchObject({ claimed: 0 });

    // The joint office sees it as failed, with the last error, and sends it again (audited).
    await seedDemoAccounts(db.database.prisma, new PasswordHasher());
    const coordinator = await signedIn(url, 'geschaeftsstelle@demo.example.org');
    const outboxView = await post(url, coordinator, '{ mailOutbox { failed pending mails { id status attempts lastError recipient } } }');
    expect(outboxView.data.mailOutbox).toMatchObject({ failed: 1, pending: 0 });
    expect(outboxView.data.mailOutbox.mails).toEqual([
      expect.objectContaining({ id, status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: expect.stringMatching(/550/) }),
    ]);
    // The outbox page's list: failed mails, paged, recipient masked; SENT is not a list.
    const PAGE = `query($status: OutboxStatus!, $after: String) { outboxMails(status: $status, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status attempts lastError recipient } } } }`;
    const failedPage = (await post(url, coordinator, PAGE, {}, { status: 'FAILED' })).data.outboxMails;
    expect(failedPage).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(failedPage.edges[0].node).toMatchObject({ id, status: 'FAILED', attempts: MAX_ATTEMPTS, recipient: 'r***@example.org' });
    expect(failedPage.edges[0].node.lastError).toMatch(/550/);
    expect((await post(url, coordinator, PAGE, {}, { status: 'SENT' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const retried = await post(url, coordinator, `mutation { retryMail(id: "${id}") { status attempts } }`, { 'x-request-id': 'retry-1' });
    expect(retried.data.retryMail).toEqual({ status: 'PENDING', attempts: 0 });
    expect(await db.database.prisma.auditEvent.count({ where: { action: 'mail.retried', entityId: id, requestId: 'retry-1' } })).toBe(1);
    expect((await post(url, coordinator, `mutation { retryMail(id: "${id}") { id } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await worker.processDue(50)).toMatchObject({ claimed: 1, failed: 1 });

    // Retried, it is listed as pending again, not as failed; two more pending mails make two pages.
    await outbox.enqueue(db.database.prisma, verifyEmail(`second.${unique()}@example.org`, 'de'));
    await outbox.enqueue(db.database.prisma, verifyEmail(`third.${unique()}@example.org`, 'en'));
    expect((await post(url, coordinator, PAGE, {}, { status: 'FAILED' })).data.outboxMails.totalCount).toBe(0);
    const first = (await post(url, coordinator, PAGE, {}, { status: 'PENDING' })).data.outboxMails;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await post(url, coordinator, PAGE, {}, { status: 'PENDING', after: first.pageInfo.endCursor })).data.outboxMails;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain(id);
  });

  it('counts an unreachable SMTP server as a failed attempt', async () => {
    const db = await testDatabase();
    const { outbox, worker } = await startMailApp(db.database, { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    const { id } = await outbox.enqueue(db.database.prisma, verifyEmail(`down.${unique()}@example.org`, 'en'));
    expect(await worker.processDue(50)).toMatchObject({ failed: 1 });
    const row = await db.database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 25_000);
  });

  it('delivers in the background once the poll loop runs, and stops cleanly', async () => {
    const db = await testDatabase();
    const smtp = await startSmtp();
    cleanups.push(() => smtp.close());
    const { outbox, worker } = await startMailApp(db.database, { SMTP_URL: smtp.url, MAIL_POLL_MS: '100' });
    expect(worker.isRunning).toBe(false); // NODE_ENV=test: tests decide when the loop runs
    worker.start();
    const { id } = await outbox.enqueue(db.database.prisma, verifyEmail(`loop.${unique()}@example.org`, 'en'));
    const deadline = Date.now() + 10_000;
    let status = 'PENDING';
    while (status !== 'SENT' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await db.database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status;
    }
    expect(status).toBe('SENT');
    await worker.stop();
    expect(worker.isRunning).toBe(false);
    expect(smtp.received).toHaveLength(1);
  });

  it('back-off doubles from 30 s and is capped at one hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});

describe("outbox in the caller's transaction", () => {
  it('keeps a mail only when the transaction commits', async () => {
    const db = await testDatabase();
    const { outbox } = await startMailApp(db.database);
    const rolledBack = verifyEmail(`rollback.${unique()}@example.org`, 'de');
    await expect(
      db.database.prisma.$transaction(async (tx) => {
        await outbox.enqueue(tx, rolledBack);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await messagesTo(db.database, rolledBack.recipient)).toHaveLength(0);

    const committed = {
      template: 'invitation' as const,
      recipient: `invited.${unique()}@example.org`,
      locale: 'de' as const,
      payload: { organisationName: 'Muster GmbH', inviterName: 'Eva Özdemir', link: 'http://portal.test/invitation?token=abc' },
    };
    await db.database.prisma.$transaction(async (tx) => {
      await outbox.enqueue(tx, committed);
    });
    const [row] = await messagesTo(db.database, committed.recipient);
    expect(row).toMatchObject({ template: 'invitation', locale: 'de', status: 'PENDING', attempts: 0, payload: committed.payload });
  });

  it('refuses a list of recipients and a payload the template cannot render', async () => {
    const db = await testDatabase();
    const { outbox } = await startMailApp(db.database);
    await expect(outbox.enqueue(db.database.prisma, verifyEmail('a@example.org, b@example.org', 'de'))).rejects.toBeInstanceOf(InvalidMailError);
    await expect(outbox.enqueue(db.database.prisma, verifyEmail('a@example.org\r\nBcc: b@example.org', 'de'))).rejects.toBeInstanceOf(
      InvalidMailError,
    );
    const broken = { template: 'reset-password', recipient: 'a@example.org', locale: 'en', payload: { name: 'A' } } as never;
    await expect(outbox.enqueue(db.database.prisma, broken)).rejects.toBeInstanceOf(MailTemplateError);
  });
});

describe('several workers', () => {
  it('never send the same message twice (FOR UPDATE SKIP LOCKED)', async () => {
    const db = await testDatabase();
    const smtp = await startSmtp({ delayMs: 5 });
    cleanups.push(() => smtp.close());
    // On PostgreSQL the second replica gets its own connection pool; PGlite is one connection.
    let second = db.database;
    if (db.url) {
      const own = await createDatabase({ kind: 'postgres', url: db.url });
      cleanups.push(() => own.close());
      second = own;
    }
    const a = await startMailApp(db.database, { SMTP_URL: smtp.url });
    const b = await startMailApp(second, { SMTP_URL: smtp.url });
    const run = unique();
    const recipients = Array.from({ length: 30 }, (_, i) => `worker.${run}.${i}@example.org`);
    await db.database.prisma.$transaction(async (tx) => {
      for (const recipient of recipients) await a.outbox.enqueue(tx, verifyEmail(recipient, 'de'));
    });

    const drain = async (worker: MailWorker): Promise<number> => {
      let sent = 0;
      for (;;) {
        const result = await worker.processDue(3);
        sent += result.sent;
        if (result.claimed === 0) return sent;
      }
    };
    const [sentByA, sentByB] = await Promise.all([drain(a.worker), drain(b.worker)]);

    expect(sentByA + sentByB).toBe(30);
    if (db.url) expect(Math.min(sentByA, sentByB)).toBeGreaterThan(0);
    const delivered = smtp.received.flatMap((mail) => mail.to).sort();
    expect(delivered).toEqual([...recipients].sort());
    const rows = await db.database.prisma.outboxMessage.findMany({ where: { recipient: { in: recipients } } });
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });
});
