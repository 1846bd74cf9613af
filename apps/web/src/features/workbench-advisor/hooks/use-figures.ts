import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { AdvisorFiguresDocument } from '../graphql/documents';
import { ADVISOR_QUERY_ROOT, useAdvisorQuery } from './query-root';

export const figuresQueryKey = (language: Language) => [...ADVISOR_QUERY_ROOT, 'figures', language] as const;

/** My figures as an advisor, all time: bookings, attendance, utilisation, in total and per format. */
export const useAdvisorFigures = () =>
  useAdvisorQuery(
    figuresQueryKey,
    (language, signal) => request(AdvisorFiguresDocument, {}, { language, signal }),
    (data) => data.myAdvisorFigures,
  );
