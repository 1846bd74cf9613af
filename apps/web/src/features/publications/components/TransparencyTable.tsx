import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TransparencyReportQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { formatCents } from '../format';
import { newsItemPath } from '../paths';

type Row = TransparencyReportQuery['transparencyReport']['rows'][number];
type Figure = Row['published'];
const FIGURES = ['published', 'approvedByCoordinator', 'approvedByOfficeHolder', 'promoted', 'publicMedia', 'corrections'] as const;

const anchor = (index: number, figure: string) => `posten-${index + 1}-${figure}`;
const publisher = (row: Row) => (row.office ? `${row.organisation.name}, ${row.office.name}` : row.organisation.name);

/** A count that links to the list of the items behind it (below the table); zero links nowhere. */
function Count({ figure, target }: { figure: Figure; target: string }) {
  return figure.count ? <a href={`#${target}`}>{figure.count}</a> : <>0</>;
}

/** The report: one row per publisher, every figure linked to its items; then those item lists. */
export function TransparencyTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('transparency.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transparency.table.publisher')}</th>
              {FIGURES.map((figure) => (
                <th key={figure} scope="col" className="numeric">
                  {t(`transparency.figure.${figure}`)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('transparency.table.cost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.organisation.id}-${row.office?.id ?? ''}`}>
                <th scope="row">
                  {publisher(row)}
                  {row.officeHolderNames.length ? (
                    <div className="muted">{t('transparency.table.holders', { names: row.officeHolderNames.join(', ') })}</div>
                  ) : null}
                </th>
                {FIGURES.map((figure) => (
                  <td key={figure} className="numeric">
                    <Count figure={row[figure]} target={anchor(index, figure)} />
                  </td>
                ))}
                <td className="numeric">
                  {formatCents(row.promotionCents, language)}
                  {row.budgetLines.map((budget) => (
                    <div key={budget.budgetLine} className="muted">
                      {budget.budgetLine}: {formatCents(budget.cents, language)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.map((row, index) => (
        <section key={`${row.organisation.id}-${row.office?.id ?? ''}`} className="section" aria-label={publisher(row)}>
          {FIGURES.filter((figure) => row[figure].count > 0).map((figure) => (
            <div key={figure} id={anchor(index, figure)} tabIndex={-1} className="report-items">
              <h3>
                {publisher(row)}: {t(`transparency.figure.${figure}`)} ({row[figure].count})
              </h3>
              <ul>
                {row[figure].items.map((item, position) => (
                  <li key={`${item.id}-${position}`}>
                    <Link to={newsItemPath(item.id)}>{item.name}</Link>
                  </li>
                ))}
              </ul>
              {figure === 'publicMedia' && row.reusedMedia.length ? (
                <ul>
                  {row.reusedMedia.map((media) => (
                    <li key={media.sourceUrl}>
                      {t('transparency.reused', { title: media.title })}{' '}
                      {media.reusedIn.map((item, position) => (
                        <span key={item.id}>
                          {position ? ', ' : ''}
                          <Link to={newsItemPath(item.id)}>{item.name}</Link>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
