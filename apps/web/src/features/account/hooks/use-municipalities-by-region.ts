import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { MunicipalitiesByRegionDocument } from '../graphql/documents';

export const municipalitiesByRegionQueryKey = (language: Language) => ['municipalitiesByRegion', language] as const;

/** Regions (in the API's order) with their municipalities, for the municipality select. */
export function useMunicipalitiesByRegion() {
  const language = useLanguage();
  return useQuery({
    queryKey: municipalitiesByRegionQueryKey(language),
    queryFn: ({ signal }) => request(MunicipalitiesByRegionDocument, {}, { language, signal }),
    select: (data) => data.regions.filter((region) => region.municipalities.length > 0),
    staleTime: 10 * 60_000,
  });
}
