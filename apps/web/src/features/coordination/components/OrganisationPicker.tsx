import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { SelectField, TextField } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { normaliseSearch } from '../../../lib/search';
import { useOrganisations } from '../../organisations';
import { useDebouncedSearch } from '../../../lib/use-debounced-search';

export interface PickedOrganisation {
  id: string;
  name: string;
}

interface Props {
  selectId: string;
  selectRef?: Ref<HTMLSelectElement>;
  value: PickedOrganisation | null;
  onChange: (organisation: PickedOrganisation | null) => void;
  issues: readonly FieldIssue[];
}

/**
 * Type-ahead for an organisation without a custom widget: a search box narrows the options of an
 * ordinary select (the directory query, 20 matches; the joint office sees unverified ones too).
 */
export function OrganisationPicker({ selectId, selectRef, value, onChange, issues }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const searchBox = useDebouncedSearch(search, (text) => setSearch(normaliseSearch(text)));
  const results = useOrganisations(search ? { search } : {});
  const found = results.data?.organisations ?? [];
  // The chosen organisation stays an option while the search shows others.
  const options: PickedOrganisation[] = value && !found.some((organisation) => organisation.id === value.id) ? [value, ...found] : found;

  let hint = t('coordination.offices.create.searchHint');
  if (results.isPending) hint = t('coordination.offices.create.organisationsLoading');
  else if (results.isError) hint = `${t('coordination.offices.create.organisationsError')} ${errorMessage(results.error, t)}`;
  else if (found.length === 0) hint = t('coordination.offices.create.noOrganisations');

  return (
    <>
      <TextField
        id={`${id}-search`}
        label={t('coordination.offices.create.searchLabel')}
        required={false}
        type="search"
        value={searchBox.text}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-controls={selectId}
        onChange={(event) => searchBox.onInput(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches at once instead of submitting the surrounding form.
          if (event.key === 'Enter') {
            event.preventDefault();
            searchBox.commitNow();
          }
        }}
      />
      <SelectField
        id={selectId}
        selectRef={selectRef}
        label={t('coordination.offices.create.organisationLabel')}
        hint={<span aria-live="polite">{hint}</span>}
        issues={issues}
        value={value?.id ?? ''}
        onChange={(event) => onChange(options.find((organisation) => organisation.id === event.target.value) ?? null)}
      >
        <option value="">{t('coordination.offices.create.organisationChoose')}</option>
        {options.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
