import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import type { Locale } from '../../common/i18n/locale';
import { PRISMA } from '../../database/database.module';
import { PUBLIC_STATES } from '../news-access';
import { officeName } from '../news-rows';
import type { NewsRef } from '../models/news-item.model';
import { reportPeriod } from './report-period';
import type { ReportFigure, TransparencyReport, TransparencyRow } from './transparency.models';

interface Publisher {
  organisation: { id: string; name: string };
  office: { id: string; titleDe: string; titleEn: string } | null;
}

const figure = (items: NewsRef[]): ReportFigure => ({ count: items.length, items });
const keyOf = (item: { organisationId: string; officeId: string | null }) => `${item.organisationId}|${item.officeId ?? ''}`;
const PUBLISHER = {
  organisation: { select: { id: true, name: true } },
  office: { select: { id: true, titleDe: true, titleEn: true } },
} as const;

/**
 * The public transparency report, computed from the news tables: per publisher, the items
 * published in the period, who approved them (role; a name only for an office holder acting as
 * such), paid promotion by budget line, publicly funded media and where they are reused, and the
 * corrections made in the period.
 */
@Injectable()
export class TransparencyService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async report(year: number, quarter: number | null, locale: Locale): Promise<TransparencyReport> {
    const period = reportPeriod(year, quarter);
    const inPeriod = { gte: period.from, lt: period.to };
    const [published, corrections] = await Promise.all([
      this.prisma.newsItem.findMany({
        where: { status: { in: [...PUBLIC_STATES] }, publishedAt: inPeriod },
        include: { ...PUBLISHER, approvedBy: { select: { name: true } }, media: { where: { publicFunds: true } } },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      }),
      this.prisma.newsItemVersion.findMany({
        where: { version: { gt: 1 }, createdAt: inPeriod, newsItem: { status: { in: [...PUBLIC_STATES] } } },
        include: { newsItem: { include: PUBLISHER } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    ]);
    const sources = [...new Set(published.flatMap((item) => item.media.map((media) => media.sourceUrl)))];
    const uses = await this.prisma.newsMedia.findMany({
      where: { sourceUrl: { in: sources }, newsItem: { status: { in: [...PUBLIC_STATES] } } },
      select: { sourceUrl: true, newsItem: { select: { id: true, title: true } } },
    });

    const rows = new Map<string, { publisher: Publisher; row: TransparencyRow }>();
    const rowOf = (item: Publisher & { organisationId: string; officeId: string | null }) => {
      const key = keyOf(item);
      if (!rows.has(key)) rows.set(key, { publisher: item, row: emptyRow(item, locale) });
      return rows.get(key)!.row;
    };
    for (const item of published) {
      const row = rowOf(item);
      const ref = { id: item.id, name: item.title };
      add(row.published, ref);
      if (item.approvedAs === 'COORDINATOR') add(row.approvedByCoordinator, ref);
      if (item.approvedAs === 'OFFICE_HOLDER') {
        add(row.approvedByOfficeHolder, ref);
        const name = item.approvedBy?.name;
        if (name && !row.officeHolderNames.includes(name)) row.officeHolderNames.push(name);
      }
      if (item.promoted) {
        add(row.promoted, ref);
        row.promotionCents += item.promotionCents ?? 0;
        const line = item.budgetLine ?? '';
        let budget = row.budgetLines.find((entry) => entry.budgetLine === line);
        if (!budget) row.budgetLines.push((budget = { budgetLine: line, cents: 0, items: figure([]) }));
        budget.cents += item.promotionCents ?? 0;
        add(budget.items, ref);
      }
      if (item.media.length) add(row.publicMedia, ref);
      for (const media of item.media) {
        const reusedIn = uses
          .filter((use) => use.sourceUrl === media.sourceUrl && use.newsItem.id !== item.id)
          .map((use) => ({ id: use.newsItem.id, name: use.newsItem.title }));
        if (reusedIn.length) row.reusedMedia.push({ title: media.title, sourceUrl: media.sourceUrl, reusedIn });
      }
    }
    for (const version of corrections) add(rowOf(version.newsItem).corrections, { id: version.newsItem.id, name: version.title });
    const sorted = [...rows.values()]
      .sort(
        (a, b) =>
          a.publisher.organisation.name.localeCompare(b.publisher.organisation.name, 'de') ||
          (a.publisher.office ? 1 : 0) - (b.publisher.office ? 1 : 0),
      )
      .map((entry) => entry.row);
    return { year: period.year, quarter: period.quarter, from: period.from, to: period.to, rows: sorted };
  }
}

function add(target: ReportFigure, ref: NewsRef): void {
  target.count += 1;
  target.items.push(ref);
}

function emptyRow(publisher: Publisher, locale: Locale): TransparencyRow {
  return {
    organisation: publisher.organisation,
    office: publisher.office ? { id: publisher.office.id, name: officeName(publisher.office, locale) } : null,
    published: figure([]),
    approvedByCoordinator: figure([]),
    approvedByOfficeHolder: figure([]),
    officeHolderNames: [],
    promoted: figure([]),
    promotionCents: 0,
    budgetLines: [],
    publicMedia: figure([]),
    reusedMedia: [],
    corrections: figure([]),
  };
}

/** "2026-Q4" or "2026": the period as the downloads name it. */
export function periodLabel(report: Pick<TransparencyReport, 'year' | 'quarter'>): string {
  return report.quarter ? `${report.year}-Q${report.quarter}` : String(report.year);
}
