import type { MunicipalitiesByRegionQuery } from '../../../gql/graphql';

type Regions = MunicipalitiesByRegionQuery['regions'];

/** The municipalities as options of a select, grouped by region (from `useMunicipalitiesByRegion`). */
export function MunicipalityOptions({ regions = [] }: { regions?: Regions }) {
  return regions.map((region) => (
    <optgroup key={region.key} label={region.name}>
      {region.municipalities.map(({ id, name }) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </optgroup>
  ));
}
