/** Small, dependency-free helpers to build mails and the development mailbox safely. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Only absolute http(s) addresses become links; anything else (javascript:, data:) stays text. */
export function isSafeHref(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A header value on one line (no CR/LF that could start another header), trimmed and bounded. */
export function oneLine(value: string, max = 200): string {
  const flat = value.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

/** Escapes plain text and turns its http(s) addresses into links (used by the development mailbox). */
export function linkifyText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0];
    const index = match.index ?? 0;
    html += escapeHtml(text.slice(last, index));
    html += isSafeHref(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
    last = index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A paragraph of a mail: plain text with an optional call-to-action link. */
export type MailBlock = string | { link: string; label: string };

/** Plain-text body: paragraphs separated by blank lines, links on a line of their own. */
export function renderText(blocks: MailBlock[]): string {
  return `${blocks.map((block) => (typeof block === 'string' ? block : `${block.label}:\n${block.link}`)).join('\n\n')}\n`;
}

/** Simple HTML body (no styles, no images, no scripts): every interpolated value is escaped. */
export function renderHtml(lang: string, subject: string, blocks: MailBlock[]): string {
  const body = blocks
    .map((block) => {
      if (typeof block === 'string') return `<p>${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>`;
      const href = isSafeHref(block.link) ? escapeHtml(block.link) : null;
      return href
        ? `<p><a href="${href}">${escapeHtml(block.label)}</a></p>\n<p>${escapeHtml(block.link)}</p>`
        : `<p>${escapeHtml(block.label)}: ${escapeHtml(block.link)}</p>`;
    })
    .join('\n');
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** An error message fit for the database and logs: secrets removed, one line, bounded length. */
export function describeError(error: unknown, secrets: Array<string | undefined> = [], max = 500): string {
  let message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Credentials in any URL (smtp://user:password@host) and any configured secret values.
  message = message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
  for (const secret of secrets) if (secret && secret.length >= 4) message = message.split(secret).join('***');
  return oneLine(message, max);
}

/** The password (and user) of an SMTP URL, so that error messages can be scrubbed of them. */
export function urlSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return [parsed.password, decodeURIComponent(parsed.password)].filter(Boolean);
  } catch {
    return [];
  }
}
