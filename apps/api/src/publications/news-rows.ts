import type { Prisma } from '@wiw/db';
import { pick, type Locale } from '../common/i18n/locale';
import type { NewsItem } from './models/news-item.model';

export const NEWS_INCLUDE = {
  organisation: { select: { id: true, name: true } },
  office: { select: { id: true, titleDe: true, titleEn: true } },
  author: { select: { name: true } },
  approvedBy: { select: { name: true } },
  project: { select: { id: true, titleDe: true, titleEn: true } },
  meeting: { select: { id: true, title: true } },
  media: { orderBy: { position: 'asc' } },
  versions: { orderBy: { version: 'desc' } },
} satisfies Prisma.NewsItemInclude;

export type NewsRow = Prisma.NewsItemGetPayload<{ include: typeof NEWS_INCLUDE }>;

/** "Oberbürgermeister Dortmund (Amt)": an office as it signs a news item. */
export function officeName(office: { titleDe: string; titleEn: string }, locale: Locale): string {
  return `${pick(locale, office.titleDe, office.titleEn)} (${pick(locale, 'Amt', 'office')})`;
}

/** The GraphQL view of a row; the author's name only when `showAuthor` (author, approvers, joint office). */
export function toNewsItem(row: NewsRow, locale: Locale, showAuthor: boolean): NewsItem {
  const office = row.office ? { id: row.office.id, name: officeName(row.office, locale) } : null;
  const approvedAsOffice = row.approvedAs === 'OFFICE_HOLDER';
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    teaser: row.teaser,
    body: row.body,
    language: row.language,
    links: row.links,
    version: row.version,
    organisation: row.organisation,
    office,
    authorName: showAuthor ? row.author.name : null,
    topicField: row.topicFieldKey,
    project: row.project ? { id: row.project.id, name: pick(locale, row.project.titleDe, row.project.titleEn) } : null,
    meeting: row.meeting ? { id: row.meeting.id, name: row.meeting.title } : null,
    media: row.media.map(({ title, sourceUrl, licence, publicFunds, producedBy }) => ({ title, sourceUrl, licence, publicFunds, producedBy })),
    promotion: row.promoted ? { cents: row.promotionCents ?? 0, budgetLine: row.budgetLine ?? '' } : null,
    approval:
      row.approvedAs && row.publishedAt
        ? {
            role: row.approvedAs,
            office: approvedAsOffice ? office : null,
            approverName: approvedAsOffice ? (row.approvedBy?.name ?? null) : null,
            approvedAt: row.publishedAt,
          }
        : null,
    versions: row.versions.map(({ version, title, teaser, body, links, reason, createdAt }) => ({
      version,
      title,
      teaser,
      body,
      links,
      reason,
      createdAt,
    })),
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: row.withdrawalReason,
    sentBack:
      showAuthor && row.sentBackAt && row.sentBackComment && row.sentBackAs && (row.status === 'DRAFT' || row.status === 'SUBMITTED')
        ? { comment: row.sentBackComment, role: row.sentBackAs, sentBackAt: row.sentBackAt }
        : null,
    authorId: row.authorId,
  };
}
