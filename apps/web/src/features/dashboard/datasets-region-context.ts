import { count, plain, text, type Cell } from './dataset';
import { region, type DashboardData, type Figure, type Labels } from './datasets';

/* The region context panel: imported official statistics (commuters, employees) with their sources. */

type StatisticRow = DashboardData['regionContext']['commuters'][number];

function statisticCells(labels: Labels, row: StatisticRow): Cell[] {
  const { t } = labels;
  return [
    count(row.value),
    plain(row.year),
    text(row.source),
    text(row.illustrative ? t('dashboard.regionContext.illustrativeCell') : t('dashboard.regionContext.official')),
  ];
}

/** "Quelle: IT.NRW, Pendlerrechnung (2023, illustrativ)": every source and year of the rows, once. */
function sourcesNote(labels: Labels, rows: readonly StatisticRow[]): string | undefined {
  const { t } = labels;
  const sources = [
    ...new Set(rows.map((row) => `${row.source} (${row.year}${row.illustrative ? `, ${t('dashboard.regionContext.illustrativeCell')}` : ''})`)),
  ];
  return sources.length > 0 ? t('dashboard.regionContext.sources', { sources: sources.join('; ') }) : undefined;
}

export function regionContextFigures(data: Pick<DashboardData, 'regionContext'>, labels: Labels): Figure[] {
  const { t } = labels;
  const tail = [
    { key: 'value', label: t('dashboard.regionContext.value') },
    { key: 'year', label: t('dashboard.regionContext.year') },
    { key: 'source', label: t('dashboard.regionContext.source') },
    { key: 'note', label: t('dashboard.regionContext.note') },
  ];
  return [
    {
      dataset: {
        fileStem: 'pendler',
        caption: t('dashboard.regionContext.commuters'),
        columns: [{ key: 'route', label: t('dashboard.regionContext.routeColumn') }, ...tail],
        rows: data.regionContext.commuters.map((row) => ({
          key: `${row.fromRegion ?? ''}>${row.toRegion}`,
          cells: [
            text(
              t('dashboard.regionContext.route', { from: row.fromRegion ? region(labels, row.fromRegion) : '', to: region(labels, row.toRegion) }),
            ),
            ...statisticCells(labels, row),
          ],
        })),
      },
      chart: { series: ['value'], horizontal: true },
      note: sourcesNote(labels, data.regionContext.commuters),
    },
    {
      dataset: {
        fileStem: 'beschaeftigte',
        caption: t('dashboard.regionContext.employees'),
        columns: [{ key: 'region', label: t('dashboard.regionContext.region') }, ...tail],
        rows: data.regionContext.employees.map((row) => ({
          key: row.toRegion,
          cells: [text(region(labels, row.toRegion)), ...statisticCells(labels, row)],
        })),
      },
      chart: { series: ['value'], horizontal: true },
      note: sourcesNote(labels, data.regionContext.employees),
    },
  ];
}
