import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { toFormatFilter, type FormatFilters } from '../filters';
import { useConsultationFormats } from '../hooks/use-formats';
import { FormatCard } from './FormatCard';

/** The formats matching the filters, "x von y" and "Weitere laden". */
export function FormatResults({ filters }: { filters: FormatFilters }) {
  const { t } = useTranslation();
  const formats = useConsultationFormats(toFormatFilter(filters), filters.order);
  return (
    <section className="results" aria-labelledby="workbench-results-heading">
      <h2 id="workbench-results-heading" className="visually-hidden">
        {t('workbench.list.heading')}
      </h2>
      <PagedResults
        query={formats}
        loadingLabel={t('workbench.list.loading')}
        errorTitle={t('workbench.list.error')}
        emptyTitle={t('workbench.list.empty')}
        shownText={(shown, total) => t('workbench.list.shown', { shown, total })}
      >
        {(items) => (
          <ul className="entry-list">
            {items.map((format) => (
              <li key={format.id}>
                <FormatCard format={format} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
