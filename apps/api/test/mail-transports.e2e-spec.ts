import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { PRODUCTION_ENV } from './support/test-app';
import { messagesTo, startMailApp, testDatabase, unique, verifyEmail } from './support/mail-app';

describe('production without a mail server (MAIL_TRANSPORT=log)', () => {
  it('never marks a mail SENT: it is logged as not delivered and FAILED at once, without its body', async () => {
    const db = await testDatabase();
    const { outbox, worker } = await startMailApp(db.database, PRODUCTION_ENV);
    await worker.stop();
    const mail = verifyEmail(`nowhere.${unique()}@example.org`, 'de');
    await outbox.enqueue(db.database.prisma, mail);

    const warned = jest.spyOn(Logger.prototype, 'warn');
    const logged = jest.spyOn(Logger.prototype, 'log');
    try {
      expect(await worker.processDue(50)).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
      const warnings = warned.mock.calls.map(([message]) => String(message));
      expect(warnings).toEqual([
        expect.stringMatching(
          new RegExp(
            `NOT DELIVERED: .*not delivered to ${mail.recipient.replace(/\./g, '\\.')} \\("Bitte bestätigen Sie Ihre E-Mail-Adresse"\\): MAIL_TRANSPORT=log`,
          ),
        ),
      ]);
      expect([...warnings, ...logged.mock.calls.map(([message]) => String(message))].join('\n')).not.toContain(mail.payload.link);
    } finally {
      warned.mockRestore();
      logged.mockRestore();
    }
    const [row] = await messagesTo(db.database, mail.recipient);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null });
    expect(row!.lastError).toContain('MAIL_TRANSPORT=log');
  });
});

describe('development mailbox', () => {
  it('lists messages without SMTP, escaped, with clickable links; the log transport counts as sent', async () => {
    const db = await testDatabase();
    const { outbox, worker, url } = await startMailApp(db.database);
    const mail = verifyEmail(`mailbox.${unique()}@example.org`, 'de', '<script>alert(1)</script>');
    await outbox.enqueue(db.database.prisma, mail);

    const page = await fetch(`${url}/dev/mailbox`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(mail.recipient);
    expect(html).toContain('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(html).toContain('wartend');
    expect(html).toContain(`<a href="${mail.payload.link.replace('&', '&amp;')}">`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<style');

    const logged = jest.spyOn(Logger.prototype, 'log');
    try {
      expect(await worker.processDue(50)).toMatchObject({ sent: 1 });
      expect(logged.mock.calls.some(([message]) => String(message).startsWith(`mail to ${mail.recipient}: Bitte bestätigen`))).toBe(true);
    } finally {
      logged.mockRestore();
    }

    const json = await fetch(`${url}/dev/mailbox.json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { messages: Array<Record<string, unknown>> };
    expect(body.messages.length).toBeLessThanOrEqual(50);
    const entry = body.messages.find((message) => message.recipient === mail.recipient)!;
    expect(entry).toMatchObject({ status: 'SENT', template: 'verify-email', locale: 'de', subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' });
    expect(entry.text).toContain(mail.payload.link);
    expect(entry).not.toHaveProperty('payload');
  });

  it('does not exist in production, nor when SMTP is configured', async () => {
    const db = await testDatabase();
    const production = await startMailApp(db.database, PRODUCTION_ENV);
    const withSmtp = await startMailApp(db.database, { SMTP_URL: 'smtp://127.0.0.1:2525' });
    for (const base of [production.url, withSmtp.url]) {
      expect((await fetch(`${base}/dev/mailbox`)).status).toBe(404);
      expect((await fetch(`${base}/dev/mailbox.json`)).status).toBe(404);
    }
  });
});
