import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { SelectField } from '../../../components/form/fields';
import { useMunicipalitiesByRegion } from '../../account';
import { DEFAULT_NEAR_KM, NEAR_KM_OPTIONS, type BoardFilters } from '../board-filters';
import { MunicipalityOptions } from './MunicipalityOptions';

interface Props {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: UpdateFiltersOptions) => void;
}

/** "Im Umkreis von … km um …": a distance and a municipality; without a municipality no distance filter. */
export function NearFilterFields({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const municipalities = useMunicipalitiesByRegion();
  const kms: readonly number[] = NEAR_KM_OPTIONS.includes(filters.nearKm as (typeof NEAR_KM_OPTIONS)[number])
    ? NEAR_KM_OPTIONS
    : [...NEAR_KM_OPTIONS, filters.nearKm].sort((a, b) => a - b);
  return (
    <fieldset className="near-filter">
      <legend>{t('matchmaking.filters.nearLegend')}</legend>
      <SelectField
        id={`${id}-km`}
        label={t('matchmaking.filters.nearKm')}
        required={false}
        value={String(filters.nearKm)}
        onChange={(event) => onChange({ nearKm: Number(event.target.value) || DEFAULT_NEAR_KM })}
      >
        {kms.map((km) => (
          <option key={km} value={km}>
            {t('matchmaking.filters.km', { km })}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${id}-place`}
        label={t('matchmaking.filters.nearPlace')}
        hint={municipalities.isError ? t('matchmaking.filters.placesError') : undefined}
        required={false}
        value={filters.nearMunicipalityId}
        aria-busy={municipalities.isPending || undefined}
        onChange={(event) => onChange({ nearMunicipalityId: event.target.value })}
      >
        <option value="">{municipalities.isPending ? t('matchmaking.filters.placesLoading') : t('matchmaking.filters.nearNone')}</option>
        <MunicipalityOptions regions={municipalities.data} />
      </SelectField>
    </fieldset>
  );
}
