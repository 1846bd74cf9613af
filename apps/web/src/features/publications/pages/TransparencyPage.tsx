import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/fields';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState } from '../../../components/StatusViews';
import { QueryStates } from '../../../components/QueryStates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { TransparencyTable } from '../components/TransparencyTable';
import { useTransparencyReport } from '../hooks/use-news';
import { periodFromSearchParams, periodToSearchParams, reportDownload } from '../report-period';
import '../../../styles/tables.css';
import '../publications.css';

const FIRST_YEAR = 2024;

/** `/transparenz` (no sign-in): who published what, on whose behalf, with whose money, per quarter or year; downloads under an open licence. */
export function TransparencyPage() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const period = periodFromSearchParams(params);
  const report = useTransparencyReport(period.year, period.quarter);
  const years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index).reverse();
  useDocumentTitle(t('transparency.title'));
  return (
    <div className="page transparency">
      <PageHeading>{t('transparency.title')}</PageHeading>
      <p className="lead">{t('transparency.intro')}</p>
      <form className="transparency__period" aria-label={t('transparency.period')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id={`${id}-year`}
          label={t('transparency.year')}
          required={false}
          value={String(period.year)}
          onChange={(event) => setParams(periodToSearchParams({ ...period, year: Number(event.target.value) }))}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-quarter`}
          label={t('transparency.quarter')}
          required={false}
          value={period.quarter ? String(period.quarter) : ''}
          onChange={(event) => setParams(periodToSearchParams({ ...period, quarter: event.target.value ? Number(event.target.value) : null }))}
        >
          <option value="">{t('transparency.wholeYear')}</option>
          {[1, 2, 3, 4].map((quarter) => (
            <option key={quarter} value={quarter}>
              {t('transparency.quarterN', { quarter })}
            </option>
          ))}
        </SelectField>
      </form>
      <section className="section" aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`} className="section__heading">
          {period.quarter
            ? t('transparency.headingQuarter', { year: period.year, quarter: period.quarter })
            : t('transparency.headingYear', { year: period.year })}
        </h2>
        <QueryStates
          query={report}
          notFound={false}
          notFoundText=""
          notFoundAction={null}
          loadingLabel={t('transparency.loading')}
          errorTitle={t('transparency.error')}
        >
          {(data) => (data.rows.length ? <TransparencyTable rows={data.rows} /> : <EmptyState title={t('transparency.empty')} />)}
        </QueryStates>
      </section>
      <section className="section" aria-labelledby={`${id}-downloads`}>
        <h2 id={`${id}-downloads`} className="section__heading">
          {t('transparency.downloads')}
        </h2>
        <p>{t('transparency.licence')}</p>
        <ul>
          <li>
            <a href={reportDownload('report.csv', period)} download>
              {t('transparency.csv')}
            </a>
          </li>
          <li>
            <a href={reportDownload('report.json', period)} download>
              {t('transparency.json')}
            </a>
          </li>
          <li>
            <a href={reportDownload('catalog.jsonld', period)}>{t('transparency.metadata')}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
