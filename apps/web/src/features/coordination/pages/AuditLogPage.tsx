import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { auditExportUrl, auditFiltersFromSearchParams, auditFiltersToSearchParams, toAuditEventFilter, type AuditFilters } from '../audit-filters';
import { AuditFilterForm } from '../components/AuditFilterForm';
import { AuditLogTable } from '../components/AuditLogTable';
import { PagedResults } from '../../../components/PagedResults';
import { useAuditEvents } from '../hooks/use-audit-events';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';

/** `/geschaeftsstelle/protokoll`: the audit log with filters in the URL, "Weitere laden" and the CSV of the same selection. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const id = useId();
  const { filters, update } = useSearchParamFilters(auditFiltersFromSearchParams, auditFiltersToSearchParams);
  const filter = toAuditEventFilter(filters);
  const events = useAuditEvents(filter);

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.log.heading')}</h2>
      <p>{t('coordination.log.intro')}</p>
      <AuditFilterForm filters={filters} onApply={(next: AuditFilters) => update(next)} />
      <p>
        <a href={auditExportUrl(filter)} download className="button button--secondary" aria-describedby={`${id}-csv-hint`}>
          {t('coordination.log.downloadCsv')}
        </a>{' '}
        <span id={`${id}-csv-hint`} className="muted">
          {t('coordination.log.downloadHint')}
        </span>
      </p>
      <PagedResults
        query={events}
        loadingLabel={t('coordination.log.loading')}
        errorTitle={t('coordination.log.error')}
        emptyTitle={t('coordination.log.empty')}
        shownText={(shown, total) => t('coordination.log.shown', { shown, total })}
      >
        {(items) => <AuditLogTable events={items} />}
      </PagedResults>
    </section>
  );
}
