import { useQuery } from '@tanstack/react-query';
import type { CheckInToMeetingInput, MarkMeetingAttendanceInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { CheckInToMeetingDocument, MarkMeetingAttendanceDocument, MeetingParticipantsDocument } from '../graphql/editor-documents';
import { MEETINGS_QUERY_ROOT, useMeetingsMutation } from './use-meetings';

/** A meeting's registrations for its organisers (MEETING_NOT_FOUND for everyone else). */
export function useMeetingParticipants(meetingId: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...MEETINGS_QUERY_ROOT, 'participants', language, meetingId] as const,
    queryFn: ({ signal }) => request(MeetingParticipantsDocument, { meetingId }, { language, signal }),
    select: (data) => data.meetingParticipants,
    staleTime: 0,
  });
}

export const useMarkAttendance = () =>
  useMeetingsMutation(
    async (input: MarkMeetingAttendanceInput, language) =>
      (await request(MarkMeetingAttendanceDocument, { input }, { language })).markMeetingAttendance,
  );

export const useCheckIn = () =>
  useMeetingsMutation(
    async (input: CheckInToMeetingInput, language) => (await request(CheckInToMeetingDocument, { input }, { language })).checkInToMeeting,
  );
