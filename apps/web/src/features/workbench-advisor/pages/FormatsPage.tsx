import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { FormatList } from '../components/FormatList';
import { useMyFormats } from '../hooks/use-formats';
import { noticeOf } from '../notice';
import { NEW_FORMAT_PATH } from '../paths';

/** `/werkbank/beratung`: my formats with their status, and "Neues Format". */
export function FormatsPage() {
  const { t } = useTranslation();
  const id = useId();
  const formats = useMyFormats();
  const notice = noticeOf(useLocation().state);

  let content;
  if (formats.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('workbenchAdvisor.formats.loading')} />
      </div>
    );
  } else if (formats.isError) {
    content = (
      <ErrorState
        title={t('workbenchAdvisor.formats.error')}
        error={formats.error}
        onRetry={() => void formats.refetch()}
        retrying={formats.isFetching}
      />
    );
  } else if (formats.data.length === 0) {
    content = (
      <EmptyState title={t('workbenchAdvisor.formats.empty')}>
        <p>{t('workbenchAdvisor.formats.emptyHint')}</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <p className="coordination-shown">{t('workbenchAdvisor.formats.count', { count: formats.data.length })}</p>
        <FormatList formats={formats.data} labelledBy={`${id}-heading`} />
      </>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <div className="section__head advisor-head">
        <h2 id={`${id}-heading`} className="section__heading">
          {t('workbenchAdvisor.formats.heading')}
        </h2>
        <Link to={NEW_FORMAT_PATH} className="button">
          {t('workbenchAdvisor.formats.new')}
        </Link>
      </div>
      <p>{t('workbenchAdvisor.formats.intro')}</p>
      {notice ? (
        <p role="status" className="form-notice">
          {notice}
        </p>
      ) : null}
      {content}
    </section>
  );
}
