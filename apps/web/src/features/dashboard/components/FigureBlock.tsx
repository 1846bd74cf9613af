import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/StatusViews';
import { csvFileName, downloadCsv, toCsv } from '../csv';
import { formatCell, isSuppressed, type CellFormat, type DataSet } from '../dataset';
import type { Figure } from '../datasets';
import { useCellFormat } from '../hooks/use-cell-format';
import { DataTable } from './DataTable';
import { useFigureSettings } from './figure-context';

// recharts is loaded with the first chart, not with the page (the print view needs none).
const BarChartView = lazy(() => import('./BarChartView'));

/** "Dortmund: Registriert 12, Mitglieder < 3; …" — what the chart shows, for its accessible name. */
export function chartSummary(
  dataset: DataSet,
  series: readonly string[],
  format: CellFormat,
  rowText: (row: string, values: string) => string,
): string {
  const positions = series.map((key) => dataset.columns.findIndex((column) => column.key === key)).filter((position) => position > 0);
  return dataset.rows
    .map((row) => {
      const values = positions
        .map((position) => `${dataset.columns[position]!.label} ${row.cells[position] ? formatCell(row.cells[position], format) : ''}`)
        .join(', ');
      return rowText(row.cells[0] ? formatCell(row.cells[0], format) : '', values);
    })
    .join('; ');
}

/**
 * One figure of a panel: its chart (when it has one) with a "Tabelle anzeigen / Diagramm anzeigen"
 * switch, the table alternative and "CSV herunterladen". The print view shows the table only.
 */
export function FigureBlock({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useCellFormat();
  const settings = useFigureSettings();
  const { dataset, chart, note } = figure;
  const [showTable, setShowTable] = useState(false);
  const tableShown = !chart || showTable || settings.print;
  const headingId = `${id}-heading`;
  const hasSuppressedBars = chart
    ? dataset.rows.some((row) => chart.series.some((key) => isSuppressed(row.cells[dataset.columns.findIndex((column) => column.key === key)])))
    : false;

  const download = () =>
    downloadCsv(csvFileName(dataset.fileStem, settings.periodSlug, settings.region, settings.filePrefix), toCsv(dataset, format));

  return (
    <div className="figure-block" role="group" aria-labelledby={headingId}>
      <div className="figure-block__header">
        <h3 id={headingId} className="figure-block__heading">
          {dataset.caption}
        </h3>
        {settings.print ? null : (
          <div className="figure-block__actions">
            {chart ? (
              <button type="button" className="button button--ghost" aria-controls={`${id}-view`} onClick={() => setShowTable(!showTable)}>
                {showTable ? t('dashboard.chart.showChart') : t('dashboard.chart.showTable')}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={download}>
              {t('dashboard.chart.download')}
              <span className="visually-hidden"> {t('dashboard.chart.downloadHidden', { title: dataset.caption })}</span>
            </button>
          </div>
        )}
      </div>
      {note ? <p className="muted figure-block__note">{note}</p> : null}
      <div id={`${id}-view`}>
        {dataset.rows.length === 0 ? (
          <p className="muted">{t('dashboard.chart.empty')}</p>
        ) : tableShown ? (
          <DataTable dataset={dataset} format={format} />
        ) : (
          <figure className="figure-block__chart">
            <div
              role="img"
              aria-label={t('dashboard.chart.label', {
                title: dataset.caption,
                summary: chartSummary(dataset, chart.series, format, (row, values) => t('dashboard.chart.rowSummary', { row, values })),
              })}
            >
              <Suspense fallback={<LoadingState label={t('dashboard.chart.loading')} />}>
                <BarChartView dataset={dataset} spec={chart} format={format} />
              </Suspense>
            </div>
            {hasSuppressedBars ? <figcaption className="muted">{t('dashboard.chart.suppressedNote')}</figcaption> : null}
          </figure>
        )}
      </div>
    </div>
  );
}
