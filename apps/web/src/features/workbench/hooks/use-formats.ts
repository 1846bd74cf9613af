import { useQuery } from '@tanstack/react-query';
import type { ConsultationFormatFilter, ConsultationFormatOrder } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { ConsultationFormatDocument, ConsultationFormatsDocument } from '../graphql/documents';
import { WORKBENCH_QUERY_ROOT } from './query-root';

export const FORMATS_PAGE_SIZE = 20;

export const formatsQueryKey = (language: Language, filter: ConsultationFormatFilter | null, orderBy: ConsultationFormatOrder) =>
  [...WORKBENCH_QUERY_ROOT, 'formats', language, filter, orderBy] as const;

/** Active consultation formats, newest first or soonest free slot first, 20 per page ("Weitere laden"). */
export function useConsultationFormats(filter: ConsultationFormatFilter | null, orderBy: ConsultationFormatOrder) {
  const language = useLanguage();
  return useConnectionQuery(
    formatsQueryKey(language, filter, orderBy),
    async (after, signal) =>
      (await request(ConsultationFormatsDocument, { filter, orderBy, first: FORMATS_PAGE_SIZE, after }, { language, signal })).consultationFormats,
  );
}

export const formatQueryKey = (language: Language, id: string) => [...WORKBENCH_QUERY_ROOT, 'format', language, id] as const;

/** An active format, or one of my own (ErrorCodes.FORMAT_NOT_FOUND otherwise). */
export function useConsultationFormat(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: formatQueryKey(language, id),
    queryFn: ({ signal }) => request(ConsultationFormatDocument, { id }, { language, signal }),
    select: (data) => data.consultationFormat,
    staleTime: 0,
  });
}
