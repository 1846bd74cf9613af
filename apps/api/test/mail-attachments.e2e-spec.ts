import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MailWorker } from '../src/mail/mail.worker';
import { InvalidMailError, MAX_ATTACHMENT_BYTES, OutboxService, type MailAttachment } from '../src/mail/outbox.service';
import { calendarFile } from '../src/common/calendar/ics';
import { parseMail } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';

/* Files sent with outbox mails (the calendar entries of the workbench): storage, limits, SMTP, mailbox. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: 'http://portal.test' } });
});
afterAll(async () => {
  await t.close();
});

const prisma = () => t.db.database.prisma;

describe('mail attachments', () => {
  const ics = calendarFile(
    [
      {
        uid: 'booking-test@wirtschaftsinitiative-westfalen.de',
        sequence: 0,
        status: 'CONFIRMED',
        start: new Date('2027-03-30T07:00:00Z'),
        end: new Date('2027-03-30T08:00:00Z'),
        summary: 'Fördermittel-Sprechstunde – Anna Schäfer',
        description: `Agenda:\nHalle; Lärmschutz, Zeitplan\n${'Förderprogramme im Überblick. '.repeat(20)}`,
        location: null,
        url: null,
        organizer: null,
      },
    ],
    { name: 'Termin' },
  );
  const attachment: MailAttachment = { filename: 'termin-2027-03-30.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics };
  const mail = (recipient: string, attachments?: MailAttachment[]) => ({
    template: 'verify-email' as const,
    recipient,
    locale: 'de' as const,
    payload: { name: 'Anna', link: 'http://portal.test/verify-email?token=abc' },
    ...(attachments ? { attachments } : {}),
  });
  let n = 0;
  const address = () => `attachments.${Date.now()}.${(n += 1)}@example.org`;

  it('sends them over SMTP with file name and type, and stores them with the message', async () => {
    const raw: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          raw.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const app = await startTestApp({
      env: { PUBLIC_URL: 'http://portal.test', SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` },
    });
    try {
      const recipient = address();
      const { id } = await app.app.get(OutboxService).enqueue(app.db.database.prisma, mail(recipient, [attachment]));
      const row = await app.db.database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attachments).toEqual([attachment]);
      expect(await app.app.get(MailWorker).processDue(10)).toMatchObject({ sent: 1, failed: 0 });

      expect(raw).toHaveLength(1);
      const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw[0]!)![1]!;
      const parts = raw[0]!.split(`--${boundary}`).map((part) => part.replace(/^\r?\n/, ''));
      const file = parts.find((part) => /content-disposition:\s*attachment/i.test(part))!;
      expect(file).toMatch(/content-type: text\/calendar; charset=utf-8; method=PUBLISH/i);
      expect(file).toMatch(/filename="?termin-2027-03-30\.ics"?/i);
      expect(parseMail(file).text.replace(/\r\n/g, '\n')).toBe(ics.replace(/\r\n/g, '\n'));
      // The text of the mail is still there, in its own part.
      expect(parts.some((part) => /content-type: text\/plain/i.test(part) && part.includes('Guten Tag Anna'))).toBe(true);
    } finally {
      await app.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('refuses too large, badly named or typed attachments, and stores nothing then', async () => {
    const outbox = t.app.get(OutboxService);
    const recipient = address();
    const half = 'x'.repeat(MAX_ATTACHMENT_BYTES / 2);
    const refused: MailAttachment[][] = [
      [
        { ...attachment, content: half },
        { ...attachment, filename: 'b.ics', content: `${half}ä` },
      ],
      [{ ...attachment, filename: '../termin.ics' }],
      [{ ...attachment, filename: 'termin"\r\nBcc: x@example.org.ics' }],
      [{ ...attachment, contentType: 'text/calendar\r\nX-Injected: 1' }],
      Array.from({ length: 11 }, (_, i) => ({ ...attachment, filename: `t${i}.ics`, content: 'x' })),
    ];
    for (const attachments of refused) {
      await expect(outbox.enqueue(t.db.database.prisma, mail(recipient, attachments))).rejects.toBeInstanceOf(InvalidMailError);
    }
    expect(await prisma().outboxMessage.count({ where: { recipient } })).toBe(0);
    // Exactly 256 KB together is allowed; none at all stays the default.
    await outbox.enqueue(
      t.db.database.prisma,
      mail(recipient, [
        { ...attachment, content: half },
        { ...attachment, filename: 'b.ics', content: half },
      ]),
    );
    await outbox.enqueue(t.db.database.prisma, mail(recipient));
    const rows = await prisma().outboxMessage.findMany({ where: { recipient }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => (row.attachments as unknown[]).length).sort()).toEqual([0, 2]);
  });

  it('lists file names in the development mailbox and the log, never their content', async () => {
    const recipient = address();
    await t.app.get(OutboxService).enqueue(t.db.database.prisma, mail(recipient, [attachment]));
    const json = (await (await fetch(`${t.url}/dev/mailbox.json`)).json()) as { messages: Array<Record<string, unknown>> };
    const entry = json.messages.find((message) => message.recipient === recipient)!;
    expect(entry.attachments).toEqual(['termin-2027-03-30.ics']);
    expect(JSON.stringify(entry)).not.toContain('BEGIN:VCALENDAR');
    const page = await (await fetch(`${t.url}/dev/mailbox`)).text();
    expect(page).toContain('<dt>Anhänge</dt><dd>termin-2027-03-30.ics</dd>');

    const logged = jest.spyOn(Logger.prototype, 'log');
    try {
      await t.app.get(MailWorker).processDue(50);
      const line = logged.mock.calls.map(([message]) => String(message)).find((message) => message.startsWith(`mail to ${recipient}:`));
      expect(line).toContain('(attachments: termin-2027-03-30.ics)');
      expect(line).not.toContain('BEGIN:VCALENDAR');
    } finally {
      logged.mockRestore();
    }
  });
});
