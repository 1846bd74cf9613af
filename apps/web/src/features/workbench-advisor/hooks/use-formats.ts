import type { ConsultationFormatInput, CreateConsultationFormatInput } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import {
  AdvisorArchiveFormatDocument,
  AdvisorCreateFormatDocument,
  AdvisorFormatDocument,
  AdvisorFormatsDocument,
  AdvisorReactivateFormatDocument,
  AdvisorUpdateFormatDocument,
} from '../graphql/documents';
import { ADVISOR_QUERY_ROOT, useAdvisorMutation, useAdvisorQuery } from './query-root';

export const myFormatsQueryKey = (language: Language) => [...ADVISOR_QUERY_ROOT, 'formats', language] as const;

/** The formats I offer, active ones first. */
export const useMyFormats = () =>
  useAdvisorQuery(
    myFormatsQueryKey,
    (language, signal) => request(AdvisorFormatsDocument, {}, { language, signal }),
    (data) => data.myConsultationFormats,
  );

export const formatQueryKey = (language: Language, id: string) => [...ADVISOR_QUERY_ROOT, 'format', language, id] as const;

/** One format (ErrorCodes.FORMAT_NOT_FOUND unless it is active or mine). */
export const useFormat = (id: string) =>
  useAdvisorQuery(
    (language) => formatQueryKey(language, id),
    (language, signal) => request(AdvisorFormatDocument, { id }, { language, signal }),
    (data) => data.consultationFormat,
  );

export const useCreateFormat = () =>
  useAdvisorMutation(
    async (input: CreateConsultationFormatInput, language) =>
      (await request(AdvisorCreateFormatDocument, { input }, { language })).createConsultationFormat,
  );

export const useUpdateFormat = () =>
  useAdvisorMutation(
    async ({ id, input }: { id: string; input: ConsultationFormatInput }, language) =>
      (await request(AdvisorUpdateFormatDocument, { id, input }, { language })).updateConsultationFormat,
  );

/** Takes a format off the workbench (existing bookings stay). */
export const useArchiveFormat = () =>
  useAdvisorMutation(async (id: string, language) => (await request(AdvisorArchiveFormatDocument, { id }, { language })).archiveConsultationFormat);

export const useReactivateFormat = () =>
  useAdvisorMutation(
    async (id: string, language) => (await request(AdvisorReactivateFormatDocument, { id }, { language })).reactivateConsultationFormat,
  );
