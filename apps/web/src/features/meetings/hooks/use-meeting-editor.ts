import { useQuery } from '@tanstack/react-query';
import type { CancelMeetingInput, CreateMeetingInput, InviteToMeetingInput, MeetingInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import {
  CancelMeetingDocument,
  CreateMeetingDocument,
  InvitableOfficesDocument,
  InviteToMeetingDocument,
  MeetingForEditDocument,
  MeetingInvitationsDocument,
  UpdateMeetingDocument,
} from '../graphql/editor-documents';
import { MEETINGS_QUERY_ROOT, useMeetingsMutation } from './use-meetings';

/** A meeting as the editor fills its form (MEETING_NOT_FOUND for those who may not see it). */
export function useMeetingForEdit(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'edit', language, id] as const,
    queryFn: ({ signal }) => request(MeetingForEditDocument, { id }, { language, signal }),
    select: (data) => data.meeting,
    staleTime: 0,
  });
}

/** Creates a meeting (organiser members and the joint office). */
export const useCreateMeeting = () =>
  useMeetingsMutation(async (input: CreateMeetingInput, language) => (await request(CreateMeetingDocument, { input }, { language })).createMeeting);

/** Replaces what a meeting says, its agenda included. */
export const useUpdateMeeting = () =>
  useMeetingsMutation(
    async ({ id, input }: { id: string; input: MeetingInput }, language) =>
      (await request(UpdateMeetingDocument, { id, input }, { language })).updateMeeting,
  );

/** Cancels a meeting with a reason. */
export const useCancelMeeting = () =>
  useMeetingsMutation(async (input: CancelMeetingInput, language) => (await request(CancelMeetingDocument, { input }, { language })).cancelMeeting);

/** The offices of the partnership's member organisations, to invite. */
export function useInvitableOffices() {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'invitableOffices', language] as const,
    queryFn: ({ signal }) => request(InvitableOfficesDocument, {}, { language, signal }),
    select: (data) => data.invitableOffices,
    staleTime: 5 * 60_000,
  });
}

/** A meeting's invitations and their answers (organisers and the joint office; empty for everyone else). */
export function useMeetingInvitations(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'invitations', language, id] as const,
    queryFn: ({ signal }) => request(MeetingInvitationsDocument, { id }, { language, signal }),
    select: (data) => data.meeting.invitations,
    staleTime: 0,
  });
}

/** Invites offices and organisations; already invited ones stay as they are. */
export const useInviteToMeeting = () =>
  useMeetingsMutation(
    async (input: InviteToMeetingInput, language) => (await request(InviteToMeetingDocument, { input }, { language })).inviteToMeeting,
  );
