import { useTranslation } from 'react-i18next';
import type { AdvisorFiguresQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { FigureRate } from './FigureRate';

export type FormatFigures = AdvisorFiguresQuery['myAdvisorFigures']['byFormat'][number];

/** One row per format: bookings, upcoming, attended, no-shows and the two rates. */
export function FormatFiguresTable({ formats, describedBy }: { formats: readonly FormatFigures[]; describedBy?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <table className="data-table advisor-figures__table" aria-describedby={describedBy}>
      <caption>{t('workbenchAdvisor.figures.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workbenchAdvisor.figures.format')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.bookings')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.upcoming')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.attended')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.noShows')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.noShowRate')}</th>
          <th scope="col">{t('workbenchAdvisor.figures.utilisation')}</th>
        </tr>
      </thead>
      <tbody>
        {formats.map((row) => (
          <tr key={row.formatId}>
            <th scope="row">{row.title}</th>
            <td>{format.number(row.bookings)}</td>
            <td>{format.number(row.upcoming)}</td>
            <td>{format.number(row.attended)}</td>
            <td>{format.number(row.noShows)}</td>
            <td>
              <FigureRate value={row.noShowRate} />
            </td>
            <td>
              <FigureRate value={row.utilisation} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
