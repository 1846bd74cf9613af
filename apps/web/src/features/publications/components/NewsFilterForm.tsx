import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/fields';
import { TopicFieldSelect } from '../../topic-fields';
import { EMPTY_NEWS_FILTERS, newsFiltersToSearchParams, type NewsFilters } from '../filters';
import { useNewsPublishers } from '../hooks/use-news';

interface Props {
  filters: NewsFilters;
  onChange: (patch: Partial<NewsFilters>) => void;
}

/** Topic field, organisation and office (all in the URL); the list follows at once. */
export function NewsFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const publishers = useNewsPublishers();
  return (
    <form role="search" className="filters" aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('news.filters.heading')}
      </h2>
      <TopicFieldSelect
        id={`${id}-topic`}
        label={t('news.filters.topicField')}
        allLabel={t('news.filters.all')}
        value={filters.topicField}
        onChange={(topicField) => onChange({ topicField })}
      />
      <SelectField
        id={`${id}-organisation`}
        label={t('news.filters.organisation')}
        required={false}
        value={filters.organisationId ?? ''}
        onChange={(event) => onChange({ organisationId: event.target.value || null })}
      >
        <option value="">{t('news.filters.all')}</option>
        {(publishers.data?.organisations ?? []).map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${id}-office`}
        label={t('news.filters.office')}
        required={false}
        value={filters.officeId ?? ''}
        onChange={(event) => onChange({ officeId: event.target.value || null })}
      >
        <option value="">{t('news.filters.all')}</option>
        {(publishers.data?.offices ?? []).map((office) => (
          <option key={office.id} value={office.id}>
            {office.name}
          </option>
        ))}
      </SelectField>
      <div className="filters__actions">
        <button
          type="button"
          className="button button--ghost"
          disabled={newsFiltersToSearchParams(filters).toString() === ''}
          onClick={() => onChange(EMPTY_NEWS_FILTERS)}
        >
          {t('news.filters.reset')}
        </button>
      </div>
    </form>
  );
}
