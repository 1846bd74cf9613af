import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/fields';
import { REGION_KEYS, TOPIC_FIELD_KEYS } from '../../../lib/enums';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { useTopicFields } from '../../topic-fields';
import { EMPTY_MEETING_FILTERS, MEETING_KINDS, meetingFiltersToSearchParams, type MeetingFilters } from '../filters';

interface Props {
  filters: MeetingFilters;
  onChange: (patch: Partial<MeetingFilters>, options?: UpdateFiltersOptions) => void;
}

/** Topic field, kind and region (all in the URL); the list follows at once. */
export function MeetingFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const topicFields = useTopicFields();
  return (
    <form role="search" className="filters" aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('meetings.filters.heading')}
      </h2>
      <SelectField
        id={`${id}-topic`}
        label={t('meetings.filters.topicField')}
        required={false}
        value={filters.topicField ?? ''}
        onChange={(event) => onChange({ topicField: TOPIC_FIELD_KEYS.find((key) => key === event.target.value) ?? null })}
      >
        <option value="">{t('meetings.filters.topicFieldAll')}</option>
        {(topicFields.data ?? []).map((field) => (
          <option key={field.key} value={field.key}>
            {field.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${id}-kind`}
        label={t('meetings.filters.kind')}
        required={false}
        value={filters.kind ?? ''}
        onChange={(event) => onChange({ kind: MEETING_KINDS.find((kind) => kind === event.target.value) ?? null })}
      >
        <option value="">{t('meetings.filters.kindAll')}</option>
        {MEETING_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`meetings.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${id}-region`}
        label={t('meetings.filters.region')}
        required={false}
        value={filters.region ?? ''}
        onChange={(event) => onChange({ region: REGION_KEYS.find((region) => region === event.target.value) ?? null })}
      >
        <option value="">{t('meetings.filters.regionAll')}</option>
        {REGION_KEYS.map((region) => (
          <option key={region} value={region}>
            {t(`enums.region.${region}`)}
          </option>
        ))}
      </SelectField>
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
