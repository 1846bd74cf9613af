import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form/fields';
import { useDebouncedSearch } from '../../../lib/use-debounced-search';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import type { PeopleFilters } from '../people-filters';
import { parsePlatformRole, PLATFORM_ROLES } from '../roles';

interface Props {
  filters: PeopleFilters;
  onChange: (patch: Partial<PeopleFilters>, options?: UpdateFiltersOptions) => void;
}

/** Search (debounced, in the URL) and role filter of "Personen und Rollen". */
export function PeopleFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const search = useDebouncedSearch(filters.search, (value) => onChange({ search: value }, { replace: true }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search.commitNow();
  };

  const onReset = () => {
    search.clear();
    onChange({ search: '', role: null });
  };

  return (
    <form role="search" className="coordination-filter" aria-label={t('coordination.people.filtersHeading')} onSubmit={onSubmit}>
      <TextField
        id={`${id}-search`}
        label={t('coordination.people.searchLabel')}
        hint={t('coordination.people.searchHint')}
        required={false}
        type="search"
        name="q"
        value={search.text}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => search.onInput(event.target.value)}
      />
      <SelectField
        id={`${id}-role`}
        label={t('coordination.people.roleLabel')}
        required={false}
        name="role"
        value={filters.role ?? ''}
        onChange={(event) => onChange({ role: parsePlatformRole(event.target.value) })}
      >
        <option value="">{t('coordination.people.roleAll')}</option>
        {PLATFORM_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`coordination.platformRoles.${role}`)}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button button--ghost" disabled={!filters.search && !filters.role && !search.text} onClick={onReset}>
        {t('coordination.people.resetFilters')}
      </button>
    </form>
  );
}
