import { pick, type Locale } from '../common/i18n/locale';
import { officeName, type NewsRow } from './news-rows';

const FEED_TITLE = { de: 'Meldungen der Wirtschaftsinitiative Westfalen', en: 'News of the Westphalian Economic Initiative' };
const WITHDRAWN = { de: 'Zurückgezogen', en: 'Withdrawn' };

/** Text for XML content and attributes: & < > " ' escaped, characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const updatedOf = (row: NewsRow): Date => row.withdrawnAt ?? row.versions[0]?.createdAt ?? row.publishedAt!;

/** An Atom 1.0 feed (RFC 4287) of published and withdrawn items, in the caller's language. */
export function atomFeed(rows: readonly NewsRow[], locale: Locale, publicUrl: string): string {
  const page = `${publicUrl}/meldungen`;
  const updated = rows.reduce((latest, row) => Math.max(latest, updatedOf(row).getTime()), 0);
  const entries = rows.map((row) => {
    const signature = row.office ? `${row.organisation.name} – ${officeName(row.office, locale)}` : row.organisation.name;
    const title = row.status === 'WITHDRAWN' ? `[${pick(locale, WITHDRAWN.de, WITHDRAWN.en)}] ${row.title}` : row.title;
    return [
      '  <entry>',
      `    <id>urn:uuid:${row.id}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(`${page}/${row.id}`)}"/>`,
      `    <published>${row.publishedAt!.toISOString()}</published>`,
      `    <updated>${updatedOf(row).toISOString()}</updated>`,
      `    <author><name>${xmlText(signature)}</name></author>`,
      `    <summary type="text">${xmlText(row.teaser)}</summary>`,
      `    <content type="text" xml:lang="${row.language}">${xmlText(row.body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xmlText(page)}</id>`,
    `  <title>${xmlText(pick(locale, FEED_TITLE.de, FEED_TITLE.en))}</title>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(`${publicUrl}/news/feed.atom?lang=${locale}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
