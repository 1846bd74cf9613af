import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useFormatters } from '../../../lib/use-formatters';
import { useAuditEvents } from '../hooks/use-audit-events';

/** CSV export of the log, with the same action filter (sent with the session cookie). */
export function auditExportUrl(action: string): string {
  return action ? `/audit/export.csv?${new URLSearchParams({ action }).toString()}` : '/audit/export.csv';
}

/** "Protokoll": audit events, newest first, with an action filter, "Weitere laden" and CSV download. */
export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  const events = useAuditEvents(action);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAction(draft.trim());
  };

  let content;
  if (events.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('coordination.logLoading')} />
      </div>
    );
  } else if (events.isError) {
    content = (
      <ErrorState title={t('coordination.logError')} error={events.error} onRetry={() => void events.refetch()} retrying={events.isFetching} />
    );
  } else if (events.data.events.length === 0) {
    content = <EmptyState title={t('coordination.logEmpty')} />;
  } else {
    content = (
      <>
        <p role="status">
          {t('coordination.logShown', { shown: events.data.events.length, total: events.data.totalCount })}
        </p>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('coordination.logCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coordination.columns.occurredAt')}</th>
                <th scope="col">{t('coordination.columns.action')}</th>
                <th scope="col">{t('coordination.columns.entity')}</th>
                <th scope="col">{t('coordination.columns.actor')}</th>
                <th scope="col">{t('coordination.columns.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.events.map((auditEvent) => (
                <tr key={auditEvent.id}>
                  <td>
                    <time dateTime={auditEvent.occurredAt}>{format.dateTime(auditEvent.occurredAt)}</time>
                  </td>
                  <th scope="row">
                    <code>{auditEvent.action}</code>
                  </th>
                  <td>
                    {auditEvent.entityType}
                    {auditEvent.entityId ? <span className="audit-id"> {auditEvent.entityId}</span> : null}
                  </td>
                  <td className="audit-id">{auditEvent.actorUserId ?? t('coordination.system')}</td>
                  <td>
                    <code className="audit-changes">{auditEvent.changes}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {events.hasNextPage ? (
          <button type="button" className="button button--secondary" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {events.isFetchingNextPage ? t('coordination.loadingMore') : t('coordination.loadMore')}
          </button>
        ) : null}
        {events.isFetchNextPageError ? (
          <p className="form-alert form-alert--inline" role="alert">
            {t('coordination.loadMoreError')}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.logHeading')}</h2>
      <p>{t('coordination.logIntro')}</p>
      <form className="audit-filter" role="search" aria-label={t('coordination.filterLabel')} onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('coordination.actionLabel')}</label>
          <div id={`${id}-action-hint`} className="field__hint">
            {t('coordination.actionHint')}
          </div>
          <input
            id={`${id}-action`}
            name="action"
            value={draft}
            spellCheck={false}
            autoCapitalize="none"
            aria-describedby={`${id}-action-hint`}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('coordination.filter')}
        </button>
      </form>
      <p>
        <a href={auditExportUrl(action)} download className="button button--secondary">
          {t('coordination.downloadCsv')}
        </a>
      </p>
      {content}
    </section>
  );
}
