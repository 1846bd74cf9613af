import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingFilter, RegisterForMeetingInput } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { useLanguage } from '../../../lib/use-language';
import {
  CancelMeetingRegistrationDocument,
  MeetingDocument,
  MeetingsDocument,
  RegisterForMeetingDocument,
  RegistrationOrganisationsDocument,
} from '../graphql/documents';

/** Every query of the meetings feature: a registration changes the list's seats and the meeting page at once. */
export const MEETINGS_QUERY_ROOT = ['meetings'] as const;
export const MEETINGS_PAGE_SIZE = 20;

export const meetingsQueryKey = (language: Language, filter: MeetingFilter | null) => [...MEETINGS_QUERY_ROOT, 'list', language, filter] as const;

export const MONTH_PAGE_SIZE = 100;

/** The meetings of one month (Berlin midnight to midnight) for the month view: up to 100, soonest first. */
export function useMonthMeetings(filter: MeetingFilter | null, month: string, range: { from: Date; to: Date }) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'month', language, month, filter] as const,
    queryFn: async ({ signal }) =>
      (
        await request(
          MeetingsDocument,
          { filter: { ...filter, from: range.from.toISOString(), to: range.to.toISOString() }, first: MONTH_PAGE_SIZE, after: null },
          { language, signal },
        )
      ).meetings,
  });
}

/** Meetings I may see that have not ended, soonest first, 20 per page. */
export function useMeetings(filter: MeetingFilter | null, { enabled = true }: { enabled?: boolean } = {}) {
  const language = useLanguage();
  return useConnectionQuery(
    meetingsQueryKey(language, filter),
    async (after, signal) => (await request(MeetingsDocument, { filter, first: MEETINGS_PAGE_SIZE, after }, { language, signal })).meetings,
    { enabled },
  );
}

export const meetingQueryKey = (language: Language, id: string) => [...MEETINGS_QUERY_ROOT, 'meeting', language, id] as const;

/** One meeting I may see (ErrorCodes.MEETING_NOT_FOUND otherwise). */
export function useMeeting(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: meetingQueryKey(language, id),
    queryFn: ({ signal }) => request(MeetingDocument, { id }, { language, signal }),
    select: (data) => data.meeting,
    staleTime: 0,
  });
}

export const registrationOrganisationsQueryKey = (language: Language) => [...MEETINGS_QUERY_ROOT, 'organisations', language] as const;

/** The organisations I may register for (those I belong to). */
export function useRegistrationOrganisations({ enabled }: { enabled: boolean }) {
  const language = useLanguage();
  return useQuery({
    queryKey: registrationOrganisationsQueryKey(language),
    queryFn: ({ signal }) => request(RegistrationOrganisationsDocument, {}, { language, signal }),
    select: (data) => data.myOrganisations,
    enabled,
  });
}

export function useMeetingsMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: MEETINGS_QUERY_ROOT });
    },
  });
}

/** Registers me: a seat while there is one, else the waitlist. */
export const useRegisterForMeeting = () =>
  useMeetingsMutation(
    async (input: RegisterForMeetingInput, language) => (await request(RegisterForMeetingDocument, { input }, { language })).registerForMeeting,
  );

/** Cancels my registration; the first on the waitlist moves up. */
export const useCancelMeetingRegistration = () =>
  useMeetingsMutation(
    async (id: string, language) => (await request(CancelMeetingRegistrationDocument, { id }, { language })).cancelMeetingRegistration,
  );
