import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../common/auth/decorators';
import { escapeHtml, linkifyText } from './mail-format';
import { OutboxService, type MailboxEntry } from './outbox.service';

const LIMIT = 50;

const STATUS_DE: Record<MailboxEntry['status'], string> = { PENDING: 'wartend', SENT: 'versendet', FAILED: 'fehlgeschlagen' };

const TIME = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Berlin' });

/**
 * Development mailbox: the latest outbox messages as they would have been sent. Registered only
 * outside production and without SMTP_URL (see MailModule); plain HTML, no inline styles or
 * scripts (the portal's Content-Security-Policy forbids them), every value escaped. Public like a
 * local MailHog: it exists only on development machines, where whoever runs the portal reads its mail.
 */
@Public()
@Controller('dev')
export class DevMailboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get('mailbox.json')
  @Header('cache-control', 'no-store')
  async json(): Promise<{ messages: MailboxEntry[] }> {
    return { messages: await this.outbox.latest(LIMIT) };
  }

  @Get('mailbox')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async page(): Promise<string> {
    return renderMailboxPage(await this.outbox.latest(LIMIT));
  }
}

function renderEntry(entry: MailboxEntry): string {
  const sent = entry.sentAt ? `, versendet ${escapeHtml(TIME.format(entry.sentAt))}` : '';
  const error = entry.lastError ? `<p>Letzter Fehler (Versuch ${entry.attempts}): ${escapeHtml(entry.lastError)}</p>\n` : '';
  const files = entry.attachments.length ? `\n<dt>Anhänge</dt><dd>${entry.attachments.map(escapeHtml).join(', ')}</dd>` : '';
  return `<article>
<h2>${escapeHtml(entry.subject)}</h2>
<dl>
<dt>Zeit</dt><dd><time datetime="${escapeHtml(entry.createdAt.toISOString())}">${escapeHtml(TIME.format(entry.createdAt))}</time></dd>
<dt>An</dt><dd>${escapeHtml(entry.recipient)}</dd>
<dt>Vorlage, Sprache</dt><dd>${escapeHtml(entry.template)}, ${escapeHtml(entry.locale)}</dd>
<dt>Status</dt><dd>${escapeHtml(STATUS_DE[entry.status] ?? entry.status)}${sent}</dd>${files}
</dl>
${error}<pre>${linkifyText(entry.text)}</pre>
</article>`;
}

export function renderMailboxPage(entries: MailboxEntry[]): string {
  const list = entries.length
    ? entries.map(renderEntry).join('\n<hr>\n')
    : '<p>Noch keine Nachrichten. Sobald das Portal eine E-Mail verschickt, erscheint sie hier.</p>';
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Postausgang (Entwicklung) – Partnerportal</title>
</head>
<body>
<header>
<h1>Postausgang (nur Entwicklung)</h1>
<p>Ohne SMTP_URL versendet das Portal keine E-Mails; hier stehen die letzten ${LIMIT} Nachrichten, neueste zuerst.
Als JSON: <a href="/dev/mailbox.json">/dev/mailbox.json</a>. In Produktion gibt es diese Seite nicht.</p>
</header>
<main>
${list}
</main>
</body>
</html>
`;
}
