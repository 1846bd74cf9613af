import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '../../../lib/use-debounced-search';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { SelectField, TextField } from '../../../components/form/fields';
import { TopicFieldSelect } from '../../topic-fields';
import { EMPTY_FORMAT_FILTERS, hasActiveFormatFilters, type FormatFilters } from '../filters';

interface Props {
  filters: FormatFilters;
  onChange: (patch: Partial<FormatFilters>, options?: UpdateFiltersOptions) => void;
}

/** Words and topic field (both in the URL); the list follows while typing. */
export function FormatFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const search = useDebouncedSearch(filters.search, (value) => onChange({ search: value }, { replace: true }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search.commitNow();
  };

  return (
    <form role="search" className="filters" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('workbench.filters.heading')}
      </h2>
      <TextField
        id={`${id}-search`}
        label={t('workbench.filters.search')}
        hint={t('workbench.filters.searchHint')}
        required={false}
        type="search"
        name="q"
        value={search.text}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        onChange={(event) => search.onInput(event.target.value)}
      />
      <TopicFieldSelect
        id={`${id}-topic`}
        label={t('workbench.filters.topicField')}
        allLabel={t('workbench.filters.topicFieldAll')}
        value={filters.topicField}
        onChange={(topicField) => onChange({ topicField })}
      />
      <SelectField
        id={`${id}-order`}
        label={t('workbench.filters.order')}
        required={false}
        value={filters.order}
        onChange={(event) => onChange({ order: event.target.value === 'NEXT_FREE_SLOT' ? 'NEXT_FREE_SLOT' : 'NEWEST' })}
      >
        <option value="NEWEST">{t('workbench.filters.orderNewest')}</option>
        <option value="NEXT_FREE_SLOT">{t('workbench.filters.orderNextFree')}</option>
      </SelectField>
      <div className="filters__actions">
        <button
          type="button"
          className="button button--ghost"
          disabled={!hasActiveFormatFilters(filters) && search.text === ''}
          onClick={() => {
            search.clear();
            onChange(EMPTY_FORMAT_FILTERS);
          }}
        >
          {t('workbench.filters.reset')}
        </button>
      </div>
    </form>
  );
}
