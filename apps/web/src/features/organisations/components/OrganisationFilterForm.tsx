import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { SEARCH_DEBOUNCE_MS } from '../../../lib/search';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../../components/icons';
import type { OrganisationKind, RegionKey, Side } from '../../../gql/graphql';
import { ORGANISATION_KINDS, REGION_KEYS, SIDES } from '../../../lib/enums';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback';
import { hasActiveFilters, type OrganisationFilters } from '../filters';
import { normaliseSearch } from '../../../lib/search';
import type { UpdateFiltersOptions } from '../hooks/use-organisation-filters';

interface Props {
  filters: OrganisationFilters;
  onChange: (patch: Partial<OrganisationFilters>, options?: UpdateFiltersOptions) => void;
  onReset: () => void;
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

export function OrganisationFilterForm({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [searchText, setSearchText] = useState(filters.search);
  const [lastUrlSearch, setLastUrlSearch] = useState(filters.search);

  // The URL changed without typing (back button, reset, shared link): show its search term.
  if (filters.search !== lastUrlSearch) {
    setLastUrlSearch(filters.search);
    if (filters.search !== normaliseSearch(searchText)) setSearchText(filters.search);
  }

  const debouncedSearch = useDebouncedCallback((value: string) => {
    onChange({ search: value }, { replace: true });
  }, SEARCH_DEBOUNCE_MS);

  const onSearchInput = (event: ChangeEvent<HTMLInputElement>) => {
    setSearchText(event.target.value);
    debouncedSearch.run(event.target.value);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    debouncedSearch.cancel();
    onChange({ search: searchText }, { replace: true });
  };

  const onResetClick = () => {
    debouncedSearch.cancel();
    setSearchText('');
    onReset();
  };

  return (
    <form role="search" className="filters" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('organisations.filtersHeading')}
      </h2>
      <div className="field field--search">
        <label htmlFor={`${id}-search`}>{t('organisations.searchLabel')}</label>
        <div className="input-with-icon">
          <SearchIcon className="input-with-icon__icon" />
          <input
            id={`${id}-search`}
            type="search"
            name="q"
            value={searchText}
            maxLength={SEARCH_MAX_LENGTH}
            autoComplete="off"
            aria-describedby={`${id}-search-hint`}
            onChange={onSearchInput}
          />
        </div>
        <p id={`${id}-search-hint`} className="field__hint">
          {t('organisations.searchHint')}
        </p>
      </div>

      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('organisations.kindLabel')}</label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={filters.kind ?? ''}
          onChange={(event) => onChange({ kind: pick<OrganisationKind>(event.target.value, ORGANISATION_KINDS) })}
        >
          <option value="">{t('organisations.kindAll')}</option>
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`enums.organisationKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={`${id}-region`}>{t('organisations.regionLabel')}</label>
        <select
          id={`${id}-region`}
          name="region"
          value={filters.region ?? ''}
          onChange={(event) => onChange({ region: pick<RegionKey>(event.target.value, REGION_KEYS) })}
        >
          <option value="">{t('organisations.regionAll')}</option>
          {REGION_KEYS.map((region) => (
            <option key={region} value={region}>
              {t(`enums.region.${region}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={`${id}-side`}>{t('organisations.sideLabel')}</label>
        <select
          id={`${id}-side`}
          name="side"
          value={filters.side ?? ''}
          onChange={(event) => onChange({ side: pick<Side>(event.target.value, SIDES) })}
        >
          <option value="">{t('organisations.sideAll')}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`enums.side.${side}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field field--checkbox">
        <input
          id={`${id}-members`}
          type="checkbox"
          name="members"
          checked={filters.memberOnly}
          onChange={(event) => onChange({ memberOnly: event.target.checked })}
        />
        <label htmlFor={`${id}-members`}>{t('organisations.membersOnly')}</label>
      </div>

      <div className="filters__actions">
        <button type="button" className="button button--ghost" onClick={onResetClick} disabled={!hasActiveFilters(filters) && searchText === ''}>
          {t('organisations.resetFilters')}
        </button>
      </div>
    </form>
  );
}
