import { useTranslation } from 'react-i18next';
import { ResultsSection } from '../../../components/PagedResults';
import { toFormatFilter, type FormatFilters } from '../filters';
import { useConsultationFormats } from '../hooks/use-formats';
import { FormatCard } from './FormatCard';

/** The formats matching the filters, "x von y" and "Weitere laden". */
export function FormatResults({ filters }: { filters: FormatFilters }) {
  const { t } = useTranslation();
  const formats = useConsultationFormats(toFormatFilter(filters), filters.order);
  return (
    <ResultsSection
      query={formats}
      heading={t('workbench.list.heading')}
      loadingLabel={t('workbench.list.loading')}
      errorTitle={t('workbench.list.error')}
      emptyTitle={t('workbench.list.empty')}
      shownText={(shown, total) => t('workbench.list.shown', { shown, total })}
      renderItem={(format) => <FormatCard format={format} />}
    />
  );
}
