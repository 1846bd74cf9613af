import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_KEYS, SIDES } from '../../../lib/enums';
import { useDebouncedSearch } from '../../../lib/use-debounced-search';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { SelectField, TextField } from '../../../components/form/fields';
import { FilterSelect, type FilterOption } from '../../../components/form/FilterSelect';
import { TopicFieldSelect } from '../../topic-fields';
import { EMPTY_BOARD_FILTERS, hasActiveBoardFilters, type BoardFilters } from '../board-filters';
import { BOARD_SORTS, NEED_KINDS, OFFER_KINDS, pickEnum, REMOTE_MODES, SKILL_CATEGORIES } from '../enums';
import type { EntrySide } from '../paths';
import { NearFilterFields } from './NearFilterFields';
import { SkillFilter } from './SkillFilter';

interface Props {
  side: EntrySide;
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: UpdateFiltersOptions) => void;
}

const YES = 'YES';
const NO = 'NO';

/** The board's filters (all in the URL): words, skills, category, place, kind, remote, topic field, distance, sort. */
export function BoardFilterForm({ side, filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const search = useDebouncedSearch(filters.search, (value) => onChange({ search: value }, { replace: true }));
  const options = <T extends string>(values: readonly T[], text: (value: T) => string): Array<FilterOption<T>> =>
    values.map((value) => ({ value, text: text(value) }));
  const relevanceWithoutSkills = filters.sort === 'RELEVANCE' && filters.skillIds.length === 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search.commitNow();
  };

  return (
    <form role="search" className="filters board-filters" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('matchmaking.filters.heading')}
      </h2>
      <TextField
        id={`${id}-search`}
        label={t('matchmaking.filters.search')}
        hint={t('matchmaking.filters.searchHint')}
        required={false}
        type="search"
        name="q"
        value={search.text}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        onChange={(event) => search.onInput(event.target.value)}
      />
      <SkillFilter skillIds={filters.skillIds} onChange={(skillIds) => onChange({ skillIds })} />
      <FilterSelect
        id={`${id}-category`}
        label={t('matchmaking.filters.category')}
        allText={t('matchmaking.filters.categoryAll')}
        value={filters.category}
        options={options(SKILL_CATEGORIES, (value) => t(`matchmaking.skillCategory.${value}`))}
        onChange={(category) => onChange({ category })}
      />
      <FilterSelect
        id={`${id}-kind`}
        label={t('matchmaking.filters.kind')}
        allText={t('matchmaking.filters.kindAll')}
        value={filters.kind}
        options={
          side === 'need'
            ? options(NEED_KINDS, (value) => t(`matchmaking.needKind.${value}`))
            : options(OFFER_KINDS, (value) => t(`matchmaking.offerKind.${value}`))
        }
        onChange={(kind) => onChange({ kind })}
      />
      {side === 'need' ? (
        <>
          <FilterSelect
            id={`${id}-remote`}
            label={t('matchmaking.filters.remoteMode')}
            allText={t('matchmaking.filters.remoteAll')}
            value={filters.remoteMode}
            options={options(REMOTE_MODES, (value) => t(`matchmaking.remoteMode.${value}`))}
            onChange={(remoteMode) => onChange({ remoteMode, remoteWilling: null })}
          />
          <TopicFieldSelect
            id={`${id}-topic`}
            label={t('matchmaking.filters.topicField')}
            allLabel={t('matchmaking.filters.topicFieldAll')}
            value={filters.topicField}
            onChange={(topicField) => onChange({ topicField })}
          />
        </>
      ) : (
        <FilterSelect
          id={`${id}-remote`}
          label={t('matchmaking.filters.remoteWilling')}
          allText={t('matchmaking.filters.remoteAll')}
          value={filters.remoteWilling === null ? null : filters.remoteWilling ? YES : NO}
          options={[
            { value: YES, text: t('matchmaking.filters.remoteWillingYes') },
            { value: NO, text: t('matchmaking.filters.remoteWillingNo') },
          ]}
          onChange={(value) => onChange({ remoteWilling: value === null ? null : value === YES, remoteMode: null })}
        />
      )}
      <FilterSelect
        id={`${id}-region`}
        label={t('matchmaking.filters.region')}
        allText={t('matchmaking.filters.regionAll')}
        value={filters.region}
        options={options(REGION_KEYS, (value) => t(`enums.region.${value}`))}
        onChange={(region) => onChange({ region })}
      />
      <FilterSelect
        id={`${id}-side`}
        label={t('matchmaking.filters.side')}
        allText={t('matchmaking.filters.sideAll')}
        value={filters.side}
        options={options(SIDES, (value) => t(`enums.side.${value}`))}
        onChange={(value) => onChange({ side: value })}
      />
      <NearFilterFields filters={filters} onChange={onChange} />
      <SelectField
        id={`${id}-sort`}
        label={t('matchmaking.filters.sort')}
        hint={relevanceWithoutSkills ? t('matchmaking.filters.sortRelevanceIgnored') : t('matchmaking.filters.sortHint')}
        required={false}
        value={filters.sort}
        onChange={(event) => onChange({ sort: pickEnum(event.target.value, BOARD_SORTS) ?? 'NEWEST' })}
      >
        {BOARD_SORTS.map((sort) => (
          <option key={sort} value={sort} disabled={sort === 'RELEVANCE' && filters.skillIds.length === 0 && filters.sort !== 'RELEVANCE'}>
            {t(`matchmaking.filters.sortOptions.${sort}`)}
          </option>
        ))}
      </SelectField>
      <div className="filters__actions">
        <button
          type="button"
          className="button button--ghost"
          disabled={!hasActiveBoardFilters(filters) && filters.sort === 'NEWEST' && search.text === ''}
          onClick={() => {
            search.clear();
            onChange(EMPTY_BOARD_FILTERS);
          }}
        >
          {t('matchmaking.filters.reset')}
        </button>
      </div>
    </form>
  );
}
