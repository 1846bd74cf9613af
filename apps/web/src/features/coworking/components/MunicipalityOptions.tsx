import type { CoworkingMunicipalitiesQuery } from '../../../gql/graphql';

/** The partnership's municipalities as <option>s grouped by region, for a <select>. */
export function MunicipalityOptions({ regions }: { regions: CoworkingMunicipalitiesQuery['regions'] | undefined }) {
  return (
    <>
      {regions?.map((region) => (
        <optgroup key={region.key} label={region.name}>
          {region.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
