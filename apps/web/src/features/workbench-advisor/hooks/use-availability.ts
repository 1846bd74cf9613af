import type { AvailabilityExceptionInput, AvailabilityRuleInput } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import {
  AdvisorAddExceptionDocument,
  AdvisorAvailabilityDocument,
  AdvisorRemoveExceptionDocument,
  AdvisorSetRulesDocument,
} from '../graphql/documents';
import { ADVISOR_QUERY_ROOT, useAdvisorMutation, useAdvisorQuery } from './query-root';

export const availabilityQueryKey = (language: Language) => [...ADVISOR_QUERY_ROOT, 'availability', language] as const;

/** My weekly rules and my exceptions from today on. */
export const useAvailability = () =>
  useAdvisorQuery(
    availabilityQueryKey,
    (language, signal) => request(AdvisorAvailabilityDocument, {}, { language, signal }),
    (data) => data.myAvailability,
  );

/** Replaces all weekly rules (AVAILABILITY_INVALID with `problems` otherwise). */
export const useSetRules = () =>
  useAdvisorMutation(
    async (rules: AvailabilityRuleInput[], language) =>
      (await request(AdvisorSetRulesDocument, { input: { rules } }, { language })).setAvailabilityRules,
  );

export const useAddException = () =>
  useAdvisorMutation(
    async (input: AvailabilityExceptionInput, language) =>
      (await request(AdvisorAddExceptionDocument, { input }, { language })).addAvailabilityException,
  );

export const useRemoveException = () =>
  useAdvisorMutation(
    async (id: string, language) => (await request(AdvisorRemoveExceptionDocument, { id }, { language })).removeAvailabilityException,
  );
