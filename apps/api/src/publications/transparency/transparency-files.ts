import { csvLine } from '../../audit';
import type { TransparencyReport } from './transparency.models';
import { periodLabel } from './transparency.service';

export const LICENCE = {
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
  dcat: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
};
export const ATTRIBUTION = 'Wirtschaftsinitiative Westfalen, Partnerportal';

const COLUMNS = ['period', 'organisation', 'office', 'figure', 'budgetLine', 'value', 'newsItemIds'] as const;

/** The report as long-format CSV (one figure per line; formula-safe, UTF-8 with BOM). */
export function reportCsv(report: TransparencyReport): string {
  const period = periodLabel(report);
  const lines = report.rows.flatMap((row) => {
    const line = (figure: string, value: number, ids: string[], budgetLine = '') =>
      csvLine([period, row.organisation.name, row.office?.name ?? '', figure, budgetLine, String(value), ids.join(' ')]);
    const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);
    return [
      line('published', row.published.count, ids(row.published.items)),
      line('approvedByCoordinator', row.approvedByCoordinator.count, ids(row.approvedByCoordinator.items)),
      line('approvedByOfficeHolder', row.approvedByOfficeHolder.count, ids(row.approvedByOfficeHolder.items)),
      line('promoted', row.promoted.count, ids(row.promoted.items)),
      line('promotionCents', row.promotionCents, ids(row.promoted.items)),
      ...row.budgetLines.map((budget) => line('promotionCentsByBudgetLine', budget.cents, ids(budget.items.items), budget.budgetLine)),
      line('publicMedia', row.publicMedia.count, ids(row.publicMedia.items)),
      line(
        'publicMediaReused',
        row.reusedMedia.length,
        row.reusedMedia.flatMap((media) => ids(media.reusedIn)),
      ),
      line('corrections', row.corrections.count, ids(row.corrections.items)),
    ];
  });
  return '\uFEFF' + csvLine([...COLUMNS]) + lines.join('');
}

/** DCAT-AP.de-style metadata (JSON-LD) describing the two downloads of one period. */
export function reportCatalog(report: TransparencyReport, publicUrl: string) {
  const period = periodLabel(report);
  const query = `year=${report.year}${report.quarter ? `&quarter=${report.quarter}` : ''}`;
  const distribution = (format: 'CSV' | 'JSON', mediaType: string, file: string) => ({
    '@type': 'dcat:Distribution',
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dcat:mediaType': mediaType,
    'dcat:accessURL': { '@id': `${publicUrl}/transparency/${file}?${query}` },
    'dcat:downloadURL': { '@id': `${publicUrl}/transparency/${file}?${query}` },
    'dct:license': { '@id': LICENCE.dcat },
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@id': `${publicUrl}/transparenz?${query}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:title': [
      { '@language': 'de', '@value': `Transparenzbericht Meldungen ${period}` },
      { '@language': 'en', '@value': `Transparency report on news ${period}` },
    ],
    'dct:description': [
      {
        '@language': 'de',
        '@value':
          'Veröffentlichte Meldungen je Organisation und Amt: Freigaben nach Rolle, bezahlte Verbreitung nach Haushaltsstelle, mit öffentlichen Mitteln erstellte Medien und ihre Wiederverwendung, Berichtigungen.',
      },
      {
        '@language': 'en',
        '@value':
          'Published news per organisation and office: approvals by role, paid promotion by budget line, media produced with public funds and their reuse, corrections.',
      },
    ],
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': 'Wirtschaftsinitiative Westfalen' },
    'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': report.from.toISOString(), 'dcat:endDate': report.to.toISOString() },
    'dct:license': { '@id': LICENCE.dcat },
    'dcatde:licenseAttributionByText': ATTRIBUTION,
    'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
    'dcat:distribution': [distribution('CSV', 'text/csv', 'report.csv'), distribution('JSON', 'application/json', 'report.json')],
  };
}
