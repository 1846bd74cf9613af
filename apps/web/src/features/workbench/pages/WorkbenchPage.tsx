import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { FormatFilterForm } from '../components/FormatFilterForm';
import { FormatResults } from '../components/FormatResults';
import { formatFiltersFromSearchParams, formatFiltersToSearchParams } from '../filters';
import { MY_BOOKINGS_PATH } from '../../../lib/site-paths';
import '../../../styles/cards.css';
import '../workbench.css';

/** `/werkbank`: what the digital workbench is, and its consultation formats with filters in the URL. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const location = useLocation();
  const { filters, update } = useSearchParamFilters(formatFiltersFromSearchParams, formatFiltersToSearchParams);
  useDocumentTitle(t('workbench.title'));

  return (
    <div className="page workbench">
      <PageHeading>{t('workbench.title')}</PageHeading>
      <p className="lead">{t('workbench.home.intro')}</p>
      <section className="workbench-how" aria-labelledby={`${id}-how`}>
        <h2 id={`${id}-how`} className="workbench-how__heading">
          {t('workbench.home.howHeading')}
        </h2>
        <ol className="workbench-how__steps">
          <li>{t('workbench.home.stepChoose')}</li>
          <li>{t('workbench.home.stepBook')}</li>
          <li>{t('workbench.home.stepManage')}</li>
        </ol>
        <p className="muted">{t('workbench.timeZoneNote')}</p>
      </section>
      <div className="board-actions">
        {me.data ? (
          <Link to={MY_BOOKINGS_PATH} className="button button--secondary">
            {t('workbench.home.myBookings')}
          </Link>
        ) : me.data === null ? (
          <p className="muted">
            {t('workbench.home.signInHint')} <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('workbench.home.signIn')}</Link>
          </p>
        ) : null}
      </div>
      <div className="directory">
        <FormatFilterForm filters={filters} onChange={update} />
        <FormatResults filters={filters} />
      </div>
    </div>
  );
}
