import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/form/FilterSelect';
import { REGION_KEYS } from '../../../lib/enums';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { TopicFieldSelect } from '../../topic-fields';
import { EMPTY_MEETING_FILTERS, MEETING_KINDS, meetingFiltersToSearchParams, type MeetingFilters } from '../filters';

interface Props {
  filters: MeetingFilters;
  onChange: (patch: Partial<MeetingFilters>, options?: UpdateFiltersOptions) => void;
}

/** Topic field, kind and region (all in the URL); the list follows at once. */
export function MeetingFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form role="search" className="filters" aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('meetings.filters.heading')}
      </h2>
      <TopicFieldSelect
        id={`${id}-topic`}
        label={t('meetings.filters.topicField')}
        allLabel={t('meetings.filters.topicFieldAll')}
        value={filters.topicField}
        onChange={(topicField) => onChange({ topicField })}
      />
      <FilterSelect
        id={`${id}-kind`}
        label={t('meetings.filters.kind')}
        allText={t('meetings.filters.kindAll')}
        value={filters.kind}
        options={MEETING_KINDS.map((kind) => ({ value: kind, text: t(`meetings.kind.${kind}`) }))}
        onChange={(kind) => onChange({ kind })}
      />
      <FilterSelect
        id={`${id}-region`}
        label={t('meetings.filters.region')}
        allText={t('meetings.filters.regionAll')}
        value={filters.region}
        options={REGION_KEYS.map((region) => ({ value: region, text: t(`enums.region.${region}`) }))}
        onChange={(region) => onChange({ region })}
      />
      <div className="filters__actions">
        <button
          type="button"
          className="button button--ghost"
          disabled={meetingFiltersToSearchParams(filters).toString() === ''}
          onClick={() => onChange(EMPTY_MEETING_FILTERS)}
        >
          {t('meetings.filters.reset')}
        </button>
      </div>
    </form>
  );
}
