import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerMeetingInvitationInput } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { AnswerMeetingInvitationDocument, DeputyCandidatesDocument, MyMeetingInvitationsDocument } from '../graphql/invitations';
import { MyMeetingRegistrationsDocument } from '../graphql/my-meetings';
import { MEETINGS_QUERY_ROOT } from './use-meetings';

export const myInvitationsQueryKey = (language: Language) => [...MEETINGS_QUERY_ROOT, 'invitations', language] as const;

/** Invitations I may answer now (my offices, my organisations) for meetings that have not ended. */
export function useMyInvitations({ enabled = true }: { enabled?: boolean } = {}) {
  const language = useLanguage();
  return useQuery({
    queryKey: myInvitationsQueryKey(language),
    queryFn: ({ signal }) => request(MyMeetingInvitationsDocument, {}, { language, signal }),
    select: (data) => data.myMeetingInvitations,
    enabled,
  });
}

export const deputyCandidatesQueryKey = (language: Language) => [...MEETINGS_QUERY_ROOT, 'deputies', language] as const;

/** Who may go instead of me, per organisation id: the other members of my organisations. */
export function useDeputyCandidates({ enabled }: { enabled: boolean }) {
  const language = useLanguage();
  return useQuery({
    queryKey: deputyCandidatesQueryKey(language),
    queryFn: ({ signal }) => request(DeputyCandidatesDocument, {}, { language, signal }),
    select: (data) =>
      new Map(data.myOrganisations.map((organisation) => [organisation.id, organisation.members.filter((member) => member.userId !== data.me?.id)])),
    enabled,
  });
}

/** Answers an invitation (yes, no, or a deputy); the meeting page and the lists follow. */
export function useAnswerInvitation() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AnswerMeetingInvitationInput) =>
      (await request(AnswerMeetingInvitationDocument, { input }, { language })).answerMeetingInvitation,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: MEETINGS_QUERY_ROOT });
    },
  });
}

export const myRegistrationsQueryKey = (language: Language) => [...MEETINGS_QUERY_ROOT, 'registrations', language] as const;

/** My registrations (seat or waitlist) for meetings that have not ended, soonest first. */
export function useMyMeetingRegistrations() {
  const language = useLanguage();
  return useQuery({
    queryKey: myRegistrationsQueryKey(language),
    queryFn: ({ signal }) => request(MyMeetingRegistrationsDocument, {}, { language, signal }),
    select: (data) => data.myMeetingRegistrations,
  });
}
